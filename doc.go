// Package migrate applies versioned SQL and Go migrations to PostgreSQL at
// application start, one module at a time, recording each in a status table
// that Flyway can read and write too.
//
// # Quick start
//
// Embed each module's scripts and call [Run] from main before serving:
//
//	//go:embed migrations
//	var migrations embed.FS
//
//	core, _ := fs.Sub(migrations, "migrations/core")
//	myplaces, _ := fs.Sub(migrations, "migrations/myplaces")
//	res, err := migrate.Run(ctx, migrate.Config{
//		DatabaseURL: os.Getenv("DATABASE_URL"),
//		Logger:      slog.Default(),
//		Modules: []migrate.Module{
//			{Name: "core", Scripts: core},
//			{Name: "myplaces", Scripts: myplaces},
//		},
//	})
//	if err != nil {
//		log.Fatal(err) // the schema is not what this binary expects
//	}
//
// os.DirFS("migrations/core") works as well as an embed.FS (on Linux its
// files are read with fewer system calls than fs.FS allows; every applied
// script is read at each boot, to check its checksum).
//
// [Run] is [New] followed by [Migrator.Migrate]. Build a [Migrator] once
// with New when more than the boot needs Runway (a CLI, a readiness
// handler, tests): New checks the configuration and reads every script
// once, without a database; the Migrator's methods then share those
// sources, and it is safe for concurrent use:
//
//	m, err := migrate.New(cfg) // bad names, duplicate versions, no modules: reported here
//	plan, err := m.Plan(ctx)   // what Migrate would do, as data: a dry run
//	res, err := m.Migrate(ctx)
//	status, err := m.Info(ctx) // Flyway's info: every migration with its state
//
// The other methods are [Migrator.Validate], [Migrator.Repair],
// [Migrator.Undo], [Migrator.Baseline] and [Migrator.Sources] (the
// resolved migrations, no database needed).
//
// # Configuration
//
// An Oskari-style server configures Runway as it configures Oskari:
// [LoadConfig] reads oskari.properties, then oskari-ext.properties, then
// the environment (DB_URL for db.url, DB_MYPLACES_URL for db.myplaces.url,
// …), and returns the Config: core and the modules of
// db.additional.modules, with their JDBC URLs converted, their
// classpath: locations found in the application's embedded files and
// their filesystem: locations on disk. Flyway's own flyway.* keys and
// FLYWAY_* variables are read too, so a Flyway configuration carries
// over; Runway's runway.* keys set the rest. LoadConfig's documentation
// lists every key, its environment variable and its default. Unknown keys
// are warnings naming the closest known one; bad values are
// [*ConfigError]s naming the key, the value and the file:line or variable
// they came from, never a password:
//
//	cfg, err := migrate.LoadConfig(migrate.LoadOptions{
//		Files:     []string{"oskari.properties", "oskari-ext.properties"},
//		Classpath: resources, // an embed.FS holding flyway/oskari, flyway/myplaces, …
//		Logger:    logger,
//	})
//	if err != nil {
//		log.Fatal(err)
//	}
//	cfg.Logger = logger
//	cfg.ModuleByName("userlayer").Steps = userlayerSteps
//	res, err := migrate.Run(ctx, cfg)
//
// # File naming
//
// A module's Scripts are searched recursively. Files named
// V<version>__<description>.sql are versioned migrations: V1_2__Add_users.sql
// has version 1.2 and description "Add users". The prefix is
// case-sensitive, the suffix .sql is not, the description may be empty
// (V1.sql). Versions are digits separated by "." or "_"; they compare part
// by part, so 1 = 1.0 = 1.0.0 and 1.9 < 1.10. Two migrations with equal
// versions are an error naming both.
//
// R__<description>.sql files are repeatable migrations: they run after the
// versioned ones, in description order, whenever their checksum changes.
// U<version>__<description>.sql files undo the versioned migration of the
// same version ([Migrator.Undo]). Files named after a callback [Event]
// (beforeMigrate.sql, afterEachMigrate__audit.sql) are callbacks. A
// <script>.sql.conf file may set executeInTransaction=false,
// placeholderReplacement=false and encoding=UTF-8.
//
// Any other .sql file is an error (its name is likely a typo), reported with
// every other bad name before the database is touched. Files with other
// suffixes (helper code, JSON resources) are ignored.
//
// # Modules
//
// Each [Module] has its own version sequence and status table: the module
// named "core" uses Config.StatusTablePrefix (default oskari_status), the
// others oskari_status_<name>. Run migrates core first, then the others in
// the order listed, except that a module named in another's
// Module.DependsOn ("core>=2.0.4", "myplaces") runs before it, and stops at
// the first failure (Config.IgnoreMigrationFailures goes on). A
// dependency's minimum version is checked before the dependent module runs
// ([ErrDependency]). [Module.Locations] add directories of scripts to a
// module; a Flyway Java migration ported to Go keeps the name Java recorded
// with [JavaStep]. Go migrations are
// listed in [Module.Steps] and interleave with the SQL files by version; no
// global registry is involved. A module may have its own database
// ([Module.DatabaseURL]) and a baseline version written when its status
// table is created ([Module.Baseline]); migrations at or below it never run.
//
// A boot with nothing pending costs one query for all the modules that
// share a database: their status tables and the session's identity are
// read by one simple-protocol query, compared with the files, and Run
// moves on without taking a lock, so replicas booting together do not
// queue behind each other. That unlocked read never decides a failure:
// anything doubtful (a failed row, a validation finding, a missing or
// Flyway 3 table) takes the module's lock and reads again before failing
// or acting, so a concurrent Repair or migrator is never misread. A status
// table that does not exist yet ends that query early (PostgreSQL logs the
// "relation does not exist" error once); the tables after it are read by
// a second one.
//
// # Transactions
//
// Each transactional migration runs with a transaction-local lock_timeout
// (Config.MigrationLockTimeout, default 2 seconds), so that DDL queued
// behind a long transaction gives up before every query on its table
// queues behind it; it is then rolled back and tried again, with growing
// lock timeouts and jittered pauses, within Config.RetryBudget (default 10
// minutes), after which Run fails with [ErrMigrationBlocked] naming the
// blocking sessions. Config.IdleInTransactionTimeout (default 10 minutes)
// and Config.MigrationStatementTimeout (default none) are set the same way.
// A migration running longer than Config.ProgressInterval (default 10
// seconds) logs what it waits on, every interval.
//
// Each migration runs in its own transaction together with the insert of
// its status row, so the row exists if and only if the migration's effects
// do. Runway splits scripts into statements with a lexer that follows
// PostgreSQL's (quoted strings and identifiers, escape strings, dollar
// quotes, nested comments, BEGIN ATOMIC bodies) but sends them in as few
// simple-protocol queries as it can: a script, the session restore before
// it, its callbacks and its status row usually travel as one query, one
// round trip per migration.
// COPY … FROM STDIN (or STDOUT) data in a script (pg_dump output) is
// streamed with the copy protocol, inside the same transaction. The
// \restrict and \unrestrict lines that current pg_dump writes are skipped,
// and so is its \connect (or \c) to the database the script runs on, with
// a debug log line; a \connect to another database, and any other psql
// backslash command, is an [ErrMetaCommand] naming its line. A Go step
// receives the [pgx.Tx] its status row is written in.
//
// A script with a statement that cannot run in a transaction (CREATE INDEX
// CONCURRENTLY, VACUUM, CREATE DATABASE, ALTER SYSTEM, …), or whose
// <script>.sql.conf says executeInTransaction=false, runs outside a
// transaction, one statement per round trip, with its status row written
// after it. If one of its statements fails, the ones before it stay, the
// migration is recorded as failed, and Run refuses the module until
// [Migrator.Repair], as in Flyway; the error says how many statements
// completed in this run, and names the INVALID index a failed CREATE INDEX
// CONCURRENTLY left.
// Recording that failure waits at most 5 seconds for the status table. Such a
// statement mixed with ordinary ones is refused with [ErrMixedScript]
// unless Config.Mixed is set. The module's advisory lock is a session lock
// held outside any transaction, so CREATE INDEX CONCURRENTLY does not wait
// for it (Flyway's default transactional lock makes it hang).
//
// # Interrupted non-transactional migrations
//
// A process killed, or a server crashed, while such a script ran leaves
// its effects without its status row: the index of a CREATE INDEX
// CONCURRENTLY that completed, valid, or one whose build did not finish,
// INVALID (REINDEX … CONCURRENTLY leaves INVALID *_ccnew indexes). Before
// such a script runs, Run reads its index statements (CREATE [UNIQUE]
// INDEX, DROP INDEX, REINDEX … CONCURRENTLY; names resolved with the
// search path the script runs with, its own SET statements included)
// against the database. When they find what an earlier run left, Run runs
// nothing, records nothing, and returns [ErrInterruptedMigration] with an
// [*InterruptedError] naming each index and its line. Nothing is fixed
// silently: [RepairOptions].DropInvalidIndexes drops the INVALID indexes
// (DROP INDEX CONCURRENTLY) of the migrations recorded as failed, or else
// of the first pending one, so that it runs again; RecordCompleted records
// such a migration as applied when every statement of its script is
// verifiably complete (its indexes exist and are valid, those it drops are
// gone). [ModuleRepair] lists what they dropped and recorded; the runway
// command's repair has -drop-invalid-indexes and -record-completed.
//
// A transactional script's own BEGIN and COMMIT are dropped (with a
// warning): the migration's transaction stands for them, and a COMMIT
// never separates a script's effects from its status row. A ROLLBACK in
// such a script is refused before anything runs ([ErrTransactionEnded]).
// Callback files follow the same rules. A transaction ended where the
// splitter cannot see it (a procedure that commits) is caught by a guard
// before the status row: the migration is not recorded, and what ran after
// the commit is rolled back. A Go step's transaction (and a savepoint it
// begins) refuses Commit and Rollback of the migration's transaction,
// COMMIT and ROLLBACK sent through Exec (in a multi-statement string too)
// and any work once the transaction has ended; per-migration hooks of SQL
// migrations get a handle that refuses work outside it. Runway's own
// statements after a script run without the statement_timeout and
// lock_timeout the script may have set.
//
// Before every migration the session is restored to what it was when the
// module started: role, search_path, statement_timeout, lock_timeout and
// every other setting changed with SET (a pg_dump preamble empties
// search_path). When Config.Schema is set, migrations run with that schema
// first in search_path, as in Flyway.
//
// With Config.Pool, the borrowed connection goes back to the pool only if
// Runway merely read from it; once a migration or callback ran on it, it is
// closed instead, so the application never gets a connection carrying a
// script's temporary tables, session locks, LISTENs or deallocated
// prepared statements.
//
// Ending the context cancels the running statement on the server (a
// cancel request, with pooled connections too), starts no further
// statement or migration, and Run returns once the outcome is known: the
// migration was rolled back, or it had committed with its status row; the
// lock is released before Run returns. If the server does not answer
// within 10 seconds, the connection is closed. The error wraps the
// context's error only when the context caused the failure. Connecting is
// bounded too: Config.ConnectTimeout (default 10 seconds) fails a boot
// against a host that accepts TCP and never answers, and
// Config.RetryConnect (default: no retry) retries, with backoff, while the
// database refuses connections or is starting up. Runway's own statements
// on the status tables (reads, creation, the Flyway 3 upgrade, status rows,
// repair and baseline writes) run with lock_timeout and statement_timeout
// set to Config.StatusTimeout (default 30 seconds), local to their
// transaction: a status table that another session keeps locked fails the
// run with [ErrStatusTableBusy], which names that session (pid,
// application, state, query). Migrations, and the COMMIT that ends them,
// keep the server's and the user's timeouts.
//
// # Linting
//
// [Migrator.Lint] checks the SQL migrations for statements that stall or
// break a database in use, without a database; the runway command's lint
// runs it from the shell. A [LintFinding] names the module, script, line
// and column, a rule, the reason and the safe alternative. The rules, on
// tables the same script did not create:
//
//   - index-concurrently: CREATE INDEX, DROP INDEX or REINDEX without
//     CONCURRENTLY.
//   - add-column-default: ADD COLUMN with a volatile default (random(),
//     clock_timestamp(), timeofday(), gen_random_uuid(),
//     uuid_generate_v1/v1mc/v4(), nextval(), setseed()), a serial, identity
//     or stored generated column; with any default but NULL before
//     PostgreSQL 11. now() and constants are fine from 11 on.
//   - add-column-not-null: ADD COLUMN … NOT NULL without a default.
//   - set-not-null: ALTER COLUMN … SET NOT NULL.
//   - constraint-not-valid: ADD [CONSTRAINT] FOREIGN KEY or CHECK without
//     NOT VALID; REFERENCES or CHECK on an added column.
//   - alter-column-type: ALTER COLUMN … TYPE.
//   - unique-constraint: ADD UNIQUE or PRIMARY KEY without USING INDEX, or
//     an added UNIQUE column.
//   - rename-column, rename-table, drop-column, drop-table: contract
//     changes that break the old replicas still running.
//   - vacuum-full, cluster: VACUUM FULL and CLUSTER (on any table).
//   - concurrently-in-transaction: CONCURRENTLY after the script's own
//     BEGIN, or in a script mixed with transactional statements (unless
//     Config.Mixed or executeInTransaction=false).
//   - identifier-too-long: a name over 63 bytes in CREATE or ALTER.
//   - serial-primary-key: a serial or identity PRIMARY KEY column added.
//
// Tables are matched by name, schema ignored. A comment
// "-- runway:allow <rule>[, <rule>]" before a statement, or on its first
// line, exempts it. LintOptions.StartAfter skips versions already applied
// everywhere, LintOptions.ServerMajor (default 15) is the server's
// version. Go steps, undo scripts and callbacks are not linted.
// Config.Lint makes Run lint the migrations it is about to apply, on the
// server's version, before migrating (not on a database where the module
// has no rows yet: it serves no traffic): LintWarn logs each finding at
// Warn level, LintError fails with [ErrLint] and applies nothing.
// MigratePost lints the post-deploy migrations it is about to apply, where
// drops and renames are expected.
//
// # Locking
//
// While it migrates a module, Run holds a session-level PostgreSQL advisory
// lock on one pinned connection. The key is the one Flyway uses for the same
// status table (0x466C79776179 plus the Java hash code of the quoted,
// schema-qualified table name), so a Runway process and a Flyway process
// never migrate the same module at once. Run tries pg_try_advisory_lock
// once; if another session holds the lock, it logs who, then waits for it
// on the server (pg_advisory_lock, in slices of 100 ms bounded by a
// transaction-local lock_timeout, so that the wait neither deadlocks with
// the holder's CREATE INDEX CONCURRENTLY nor adds a polling delay) up to
// Config.LockTimeout (default 5 minutes), and fails with [ErrLockTimeout]
// naming that session. The
// lock is released on a context that outlives cancellation (connections
// Runway opens send the server a cancel request, so a long statement does
// not keep the lock after its context ends); if that fails
// the connection is closed, which releases it too.
//
// Behind a connection pooler in transaction mode (PgBouncer's
// pool_mode=transaction) a session lock is worthless: the next transaction
// may run on another server connection, and the lock stays behind on one
// that other clients get. Config.PoolMode chooses: [PoolAuto] (the default)
// uses the session lock on a direct connection and switches to
// [PoolTransaction] when the backend's pid differs from the one the
// connection announced, which is what a pooler's connection looks like;
// [PoolSession] keeps the session lock and warns when it sees a pooler.
// In PoolTransaction mode each migration runs in a read-committed
// transaction that takes pg_try_advisory_xact_lock with the same key,
// reads the status table again, and commits the migration with its row,
// so a migration is applied once even when several processes race through
// the pooler; waiting processes poll outside any transaction, holding no
// server connection. Runway's connections use no named prepared statements
// in that mode (pgx's QueryExecModeExec), so Go steps work through the
// pooler. What cannot run in the lock's transaction (a script that runs
// outside a transaction, a Flyway 3 table upgrade, the beforeMigrate and
// afterMigrate callbacks, Repair, Undo, Baseline) runs while a second
// connection holds the lock in an open transaction: it is excluded as long
// as that connection lives, and if it is lost before the work ends, the
// run fails with [ErrConnectionLost]. Such a script's statements may each
// run on another server connection of the pooler: its own SETs and
// Config.Schema's search_path do not reach the next statement, so qualify
// names (Runway logs a warning when Config.Schema is set). Each migration's
// transaction starts with RESET ROLE and RESET ALL, and so does its status
// row, so that neither the settings of Runway's own reads in that
// transaction nor a script's session SETs reach the next migration or stay
// on the pooler's server connection. Because those reads come first, a
// script cannot begin with SET TRANSACTION ISOLATION LEVEL in this mode.
// The lock's second connection (and the watcher's, see Config.ProgressInterval)
// comes from Config.Pool when it is set: give it room for two.
//
// # Post-deploy migrations
//
// Scripts named P<version>__<description>.sql, and steps with Step.Post,
// are a module's post-deploy migrations: contract changes (drops,
// renames) that must wait until no replica of the old version runs. They
// form a versioned sequence of their own, recorded in the status table
// <table>_post (which Flyway does not know). Run never applies them; its
// result lists them in ModuleResult.PendingPost and logs that they wait.
// [Migrator.MigratePost] applies them, with the same lock, checks and
// transactions as Migrate; Info, Validate and Repair cover them as the
// module "<name>:post", and Validate accepts them pending.
//
// # Validation, info and repair
//
// Before applying anything, Run validates the status table against the
// migrations as Flyway's validate does ([Migrator.Validate] runs the same
// checks, and also reports pending migrations): type, checksum and description
// mismatches of applied migrations above the baseline, failed migrations,
// applied versions with no local migration (Missing), versions above every
// local one (Future, ignored by default), and pending migrations older than
// the applied version (Ignored; allowed with Config.OutOfOrder). All
// problems are reported at once; Config.IgnoreMigrationPatterns
// ("versioned:missing", "*:future", …) turns findings off.
//
// [Migrator.Info] lists every module's migrations with Flyway's states
// (Pending, Success, Baseline, Below Baseline, Missing, Future, Outdated,
// Superseded, Undone, Deleted, …) and prints them as Flyway's info table.
// [Migrator.Plan] says what Migrate would do: per module the pending
// migrations and how each runs, whether the lock, a new table, a baseline
// or a Flyway 3 upgrade is needed, and the findings that would stop it.
// [Migrator.Repair] deletes failed rows, realigns checksums, descriptions
// and types to the files, and can mark missing migrations as deleted, drop
// the INVALID indexes of an interrupted non-transactional migration and
// record one that completed.
// [Migrator.Undo] rewinds a module with U scripts or Step.Down functions.
// [Migrator.RepairPlan] and [Migrator.UndoPlan] report what Repair and
// Undo would do, without a lock and without changing anything: the dry
// runs of the runway command (cmd/runway).
//
// During a rolling upgrade an older release may boot after a newer one
// migrated: the status table then holds versions this release does not
// know (Future). Such a release does not re-apply its repeatable
// migrations whose text differs from what the newer one applied; it logs a
// warning instead.
//
// # Readiness over HTTP
//
// A server that must answer probes while it migrates wraps its Migrator
// in a [Gate], calls [Gate.Migrate] in the background and mounts the Gate
// as its readiness endpoint: 503 with the plan while migrating, 503 with
// the error after a failure, 200 with the result once ready.
// [InfoHandler] serves [Migrator.Info]. Both answer with JSON whose field
// names are the Go names of the types ([GateStatus], [ModuleStatus]).
//
// # Baselines
//
// A module's status table is created on its first Run. Module.Baseline
// writes a BASELINE row at that version whenever the table is created
// (Oskari: core at 2.0.0, the other modules at 0.1); migrations at or below
// the baseline never run. [Migrator.Baseline] does the same explicitly. A schema
// that holds objects but no status table of any module (a database never
// migrated) is refused with [ErrNonEmptySchema] unless the module sets
// BaselineOnMigrate (baselining at BaselineVersion) or Baseline. A schema
// in which another module's status table exists is not such a database: a
// module added to an installation later starts at its first migration,
// whatever tables the other modules made. Objects that belong to
// extensions (PostGIS) do not count.
//
// # Placeholders, callbacks and targets
//
// ${name} in a script is replaced with Config.Placeholders or
// Module.Placeholders (names are case-insensitive) or a built-in
// (flyway:defaultSchema, flyway:user, flyway:database, flyway:timestamp,
// flyway:filename, flyway:table); an unknown name is an error naming file
// and line. Versioned checksums are of the raw text, repeatable ones of the
// replaced text.
//
// Callbacks run SQL files or Go [Hook]s at [BeforeMigrate],
// [BeforeEachMigrate], [AfterEachMigrate], [AfterEachMigrateError],
// [AfterMigrate] and [AfterMigrateError]; they are not recorded. The
// per-migration ones run inside the migration's transaction. A module with
// beforeMigrate or afterMigrate callbacks takes its lock on every Run, as
// those run every time.
//
// Module.Target stops a module at a version ("2.1", or "2.1?" if it need
// not exist), "current" or "next"; versions above it are Above Target.
//
// # Flyway compatibility
//
// Status tables have Flyway's layout (version 4 and later): the same
// columns, types, primary key <table>_pk and index <table>_s_idx. Rows are
// written as Flyway writes them: installed_rank max+1, versions as written
// in the file name with "_" read as ".", descriptions with "_" read as
// spaces, type SQL with Flyway's CRC-32 checksum of the script's lines for
// SQL files ([Checksum]), type JDBC with a NULL checksum for Go steps
// (Flyway's type for Java migrations), BASELINE rows marked
// "<< Flyway Baseline >>", UNDO_SQL and DELETE rows as Flyway Teams and
// Flyway's repair write them. A table Flyway wrote is validated and
// continued; Flyway can continue a table Runway wrote, given Java classes
// for the Go steps' versions (and Flyway Teams once Undo has run).
//
// A status table in Flyway 3's layout (with a version_rank column) is read
// and validated as it is; its Flyway 3 checksums (CRC-32 of the raw bytes,
// with LF or CRLF line endings) are accepted. Once a run is going ahead
// (validation passed and something will be written), the table is upgraded
// in place, in one transaction under the lock, as Flyway 4 does, and its
// Flyway 3 checksums are rewritten. The upgrade ends Flyway 3
// compatibility: a Flyway 3 server still running on the table can no
// longer use it. A table with nothing pending is left as it is. Flyway 4
// rewrote every checksum; Runway rewrites only those that are Flyway 3
// checksums of the file, so a script edited since it ran is still
// reported. Config.LegacyTables = LegacyRefuse fails instead, with
// [ErrLegacyTable].
//
// # Upgrading a live database
//
// Snapshots: with Config.Snapshot.Dir set ([SnapshotOptions]), Migrate
// dumps a database with pg_dump -Fc before applying anything to it: only
// when migrations are pending (read again under the module's lock), once
// per database and run, into <database>-<UTC time>-<version>.dump, keeping
// the newest Config.Snapshot.Keep (default 5). If the dump fails nothing is
// applied and Migrate returns [ErrSnapshot]. pg_dump gets the connection
// in libpq's environment variables, never a password on its command line.
// [Migrator.Restore] (runway restore) puts a snapshot back with pg_restore
// --clean --if-exists --single-transaction, or in a dry run shows what it
// would run.
//
// Batched data migrations: [Batched] runs an UPDATE or DELETE limited to
// $1 rows by a filter the change makes false, each run committed, until a
// run changes nothing; killed, it resumes where the last batch ended. It
// refuses a transaction ([ErrInTransaction]), a Go step's Up included: call
// it from a post-deploy step's Run (Step.Run with Step.Post: outside a
// transaction, applied by MigratePost), or outside the boot path.
//
// # Errors
//
// Run returns the modules completed so far with a [*PartialError], which
// holds, as data, what was applied before the failure and which migration
// failed. Problems are reported as [*MigrationError], which names the
// module, version, script and, for SQL errors, the line and column in the
// file (after a byte order mark, with CRLF line endings and multi-byte
// characters counted right) for syntax errors, errors with a position,
// errors located by the statement that failed, COPY data rows and
// placeholders. Its message is one line; [MigrationError.Excerpt], or
// formatting with %+v, quotes the line:
//
//	myplaces: V1_2__add.sql:14:8: ERROR: syntax error at or near "tabel" (SQLSTATE 42601)
//	  14 | CREATE tabel places (id int);
//	     |        ^
//
// It unwraps to the cause: a [*pgconn.PgError] for database errors, one of
// the sentinel errors (ErrInvalidName, ErrDuplicateVersion, ErrLockTimeout
// …) for Runway's checks. Several problems found at once are joined with
// [errors.Join]. Connection strings and passwords never appear in errors
// or logs.
//
// # Logging
//
// Set Config.Logger to a [*slog.Logger]; nil discards. Run logs
// "checking DB status" at the start, "[<module>] DB migrated successfully"
// for each module (attributes module, applied, version, duration_ms),
// "[<module>] DB migration failed!" with the error, one line per applied
// migration, the baseline row when one is written, and who holds the lock
// while it waits. Every record is logged with the caller's context, so
// handlers that read trace ids from it keep them.
package migrate
