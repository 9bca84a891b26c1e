package migrate

import (
	"cmp"
	"log/slog"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Config configures [Run] and [New]. Zero-valued fields take the defaults
// their comments state; Modules is required.
type Config struct {
	// DatabaseURL is the database to migrate: a postgres:// URL or a
	// key=value DSN, as accepted by pgx. Default: when Pool is nil too,
	// the libpq environment variables (PGHOST, PGUSER, PGDATABASE, …) and
	// their defaults. Setting both DatabaseURL and Pool is an error.
	DatabaseURL string

	// Pool, when set, is used instead of DatabaseURL: Runway borrows one
	// connection from it for a run. A connection on which migrations or
	// callbacks ran is closed rather than returned, so the application
	// never gets one with a script's temporary tables, locks, LISTENs or
	// deallocated statements; a connection that was only read from goes
	// back to the pool. Default: nil.
	Pool *pgxpool.Pool

	// Modules are migrated one at a time, in order, except that the module
	// named "core" always goes first. Required: a Config without modules
	// is an error.
	Modules []Module

	// Schema holds the status tables. When set, migrations run with
	// search_path set to it, as Flyway does with its default schema.
	// Default: the connection's current schema (usually public), with
	// search_path left as it is.
	Schema string

	// StatusTablePrefix names the status tables: the prefix itself for
	// core, prefix_<module> for the others. Default: "oskari_status".
	StatusTablePrefix string

	// Logger receives progress and failures. Default: nil, which discards.
	Logger *slog.Logger

	// ConnectTimeout bounds each connection attempt Runway makes (not those
	// of Config.Pool), so that a host that accepts TCP and never answers
	// fails the boot instead of hanging it. A connect_timeout in the URL
	// wins. Negative: no bound. Default (0): 10 seconds.
	ConnectTimeout time.Duration

	// RetryConnect keeps retrying a connection Runway opens (not Config.Pool's)
	// for up to this long while the server refuses connections, is not
	// resolvable yet or says it is starting up, as a database booting
	// alongside the application does: waits grow from 100 ms to 2 seconds,
	// each retry is logged at info, and the final error wraps the last
	// attempt's. Authentication and missing-database errors are never
	// retried. Default (0): no retry.
	RetryConnect time.Duration

	// StatusTimeout bounds each of Runway's own statements on the status
	// tables (reads, creation, the Flyway 3 upgrade, the status row a
	// migration writes, repair, baseline): lock_timeout and
	// statement_timeout are set to it for them only, local to their
	// transaction, so that a status table another session keeps locked
	// fails the boot with [ErrStatusTableBusy], naming that session,
	// instead of hanging it. Migrations keep the server's and the user's
	// timeouts. Negative: no bound (the session's timeouts apply).
	// Default (0): 30 seconds.
	StatusTimeout time.Duration

	// LockTimeout bounds the wait for a module's advisory lock when another
	// process is migrating it. Negative: wait until ctx ends. Default (0):
	// 5 minutes.
	LockTimeout time.Duration

	// MigrationLockTimeout is the lock_timeout every transactional
	// migration runs with (SET LOCAL, after Runway's own lock is held), so
	// that DDL queued behind a long transaction (a pg_dump, a report) gives
	// up instead of making every query on its table queue behind it. A
	// migration that hits it, or a deadlock, is rolled back and tried again
	// within RetryBudget, its lock timeout doubling after three tries and
	// again after six. A script's <script>.sql.conf can set its own
	// (lockTimeout=10s, or 0 for none). Negative: none (the server's or
	// the role's setting applies). Default (0): 2 seconds.
	MigrationLockTimeout time.Duration

	// RetryBudget bounds the time spent retrying a migration that hit its
	// lock timeout or a deadlock; then Run fails with
	// [ErrMigrationBlocked], naming the blocking sessions. Negative: no
	// retry. Default (0): 10 minutes.
	RetryBudget time.Duration

	// MigrationStatementTimeout, when positive, is the statement_timeout of
	// every transactional migration (SET LOCAL). Default (0): none, the
	// server's or the role's applies.
	MigrationStatementTimeout time.Duration

	// IdleInTransactionTimeout is the idle_in_transaction_session_timeout
	// of every transactional migration (SET LOCAL), so that a migrator that
	// freezes in the middle of a migration does not hold its locks for
	// hours. Negative: none. Default (0): 10 minutes.
	IdleInTransactionTimeout time.Duration

	// ProgressInterval: a migration still running after this long logs
	// "migration still running", and again every interval, with what it
	// waits on (wait_event, the sessions blocking it, an index build's phase
	// and blocks done), read from a second connection. Negative: off.
	// Default (0): 10 seconds.
	ProgressInterval time.Duration

	// PoolMode says how connections reach the server, which decides how
	// Runway keeps two processes from migrating a module at once (see
	// Locking in the package documentation). Default (PoolAuto): Flyway's
	// session-level advisory lock, unless Runway finds a connection pooler
	// between it and PostgreSQL, in which case it uses PoolTransaction and
	// logs that it did.
	PoolMode PoolMode

	// InstalledBy is recorded in the status table's installed_by column.
	// Default: the database's current_user.
	InstalledBy string

	// OutOfOrder lets Run apply a pending migration whose version is lower
	// than the module's applied version (a branch merged late). Default:
	// false: such a migration is Ignored and an error ([ErrOutOfOrder]).
	OutOfOrder bool

	// Mixed lets a script mix statements that cannot run in a transaction
	// (CREATE INDEX CONCURRENTLY, VACUUM, …) with others; the whole script
	// then runs without a transaction, statement by statement. Default:
	// false, such a script is refused with [ErrMixedScript] before it runs.
	Mixed bool

	// SkipValidation turns off the checks Run makes before migrating
	// (checksum, type and description mismatches, missing migrations);
	// failed migrations still block. Default: false, Run validates as
	// Flyway's validateOnMigrate does.
	SkipValidation bool

	// IgnoreMigrationPatterns lists validation findings that are not errors,
	// as "type:state" with type versioned, repeatable or * and state
	// missing, pending, ignored, future or * ("versioned:missing"). Default
	// (nil): "*:future", Flyway's default. An empty, non-nil slice ignores
	// nothing.
	IgnoreMigrationPatterns []string

	// Placeholders are ${name} values replaced in every module's scripts
	// (names are case-insensitive). Built in: flyway:defaultSchema,
	// flyway:user, flyway:database, flyway:timestamp, flyway:filename and
	// flyway:table. Default: only the built-ins.
	Placeholders map[string]string

	// NoPlaceholders turns ${name} replacement off in every script, as
	// Flyway's placeholderReplacement=false does. Default: false.
	NoPlaceholders bool

	// Hooks are Go callbacks run at the [Event]s of every module run, next
	// to the module's SQL callback files. Default: none.
	Hooks []Hook

	// Disabled turns migration off, as Oskari's db.flyway=false does: Run
	// and Migrate log a warning and change nothing. Default: false.
	Disabled bool

	// IgnoreMigrationFailures makes Migrate log a module's failure and go
	// on with the next module, as Oskari's db.ignoreMigrationFailures does;
	// the failure is in that module's ModuleResult.Err and Migrate returns
	// no error. Default: false, Migrate stops at the first failure.
	IgnoreMigrationFailures bool

	// AutoRepair repairs a module's status table before migrating it, as
	// Oskari's db.flyway.autorepair does: failed rows are removed and
	// checksums, descriptions and types realigned to the files (see
	// [Migrator.Repair]). It runs under the module's lock, and only when the
	// first read shows something to do or to repair. Default: false.
	AutoRepair bool

	// SkipInvalidNames makes .sql files whose names follow no migration
	// pattern a warning (they are skipped) instead of an error, as Flyway
	// does by default and Oskari's db.flyway.validateMigrationNaming=false
	// asks. Default: false, such files are an error ([ErrInvalidName]).
	SkipInvalidNames bool

	// LegacyTables says what Run, Repair and Undo do with a status table in
	// Flyway 3's layout (with a version_rank column) once they are going to
	// write to it. Default (LegacyUpgrade): upgrade it in place to the
	// Flyway 4+ layout, in one transaction under the module's lock, and
	// rewrite Flyway 3 checksums, as Flyway 4 does. The upgrade ends
	// Flyway 3 compatibility: a Flyway 3 process can no longer use the
	// table. A table that is only read (nothing pending) is left as it is.
	LegacyTables LegacyPolicy

	// Snapshot, when Snapshot.Dir is set, dumps each database with pg_dump
	// before Migrate applies anything to it, and refuses to migrate if the
	// dump fails (see [SnapshotOptions]). Default: off.
	Snapshot SnapshotOptions

	// Lint lints the migrations Run and Migrate are about to apply (those
	// the first read of the status tables shows pending, of modules that
	// already have rows: a fresh database serves no traffic), on the server's
	// version, before any module is migrated: LintWarn logs each finding,
	// LintError fails with [ErrLint] and applies nothing (see
	// [Migrator.Lint]). Default (LintOff): no linting.
	Lint LintMode
}

// PoolMode is how connections reach PostgreSQL: directly or through a
// pooler in session mode, or through a pooler in transaction mode.
type PoolMode string

const (
	// PoolAuto chooses: PoolSession on a direct connection, PoolTransaction
	// when the backend's process id differs from the one the connection
	// announced (a pooler such as PgBouncer answered the connection).
	PoolAuto PoolMode = ""
	// PoolSession holds one session-level advisory lock per module while
	// it migrates, as Flyway does. Through a pooler in transaction mode it
	// is unsafe: the lock stays on a server connection other clients get.
	PoolSession PoolMode = "session"
	// PoolTransaction takes a transaction-level advisory lock (Flyway's
	// key) inside each migration's transaction and reads the status table
	// again in it, so that a migration and its row commit only if no other
	// process recorded the migration first; no state is kept in the
	// session and no named prepared statement is used. A migration that
	// cannot run in a transaction, and the per-run callbacks, run while a
	// second connection holds the lock in an open transaction.
	PoolTransaction PoolMode = "transaction"
)

// LegacyPolicy is what to do with a Flyway 3 status table.
type LegacyPolicy int

const (
	// LegacyUpgrade upgrades Flyway 3 status tables in place.
	LegacyUpgrade LegacyPolicy = iota
	// LegacyRefuse fails with [ErrLegacyTable] instead.
	LegacyRefuse
)

// Defaults of Config fields.
const (
	DefaultStatusTablePrefix        = "oskari_status"
	DefaultLockTimeout              = 5 * time.Minute
	DefaultConnectTimeout           = 10 * time.Second
	DefaultMigrationLockTimeout     = 2 * time.Second
	DefaultRetryBudget              = 10 * time.Minute
	DefaultIdleInTransactionTimeout = 10 * time.Minute
	DefaultProgressInterval         = 10 * time.Second
	DefaultStatusTimeout            = 30 * time.Second
	coreModule                      = "core"
)

// withDefaults returns cfg with its defaults filled in.
func (cfg Config) withDefaults() Config {
	cfg.StatusTablePrefix = cmp.Or(cfg.StatusTablePrefix, DefaultStatusTablePrefix)
	cfg.LockTimeout = cmp.Or(cfg.LockTimeout, DefaultLockTimeout)
	cfg.ConnectTimeout = cmp.Or(cfg.ConnectTimeout, DefaultConnectTimeout)
	cfg.StatusTimeout = cmp.Or(cfg.StatusTimeout, DefaultStatusTimeout)
	cfg.MigrationLockTimeout = cmp.Or(cfg.MigrationLockTimeout, DefaultMigrationLockTimeout)
	cfg.RetryBudget = cmp.Or(cfg.RetryBudget, DefaultRetryBudget)
	cfg.IdleInTransactionTimeout = cmp.Or(cfg.IdleInTransactionTimeout, DefaultIdleInTransactionTimeout)
	cfg.ProgressInterval = cmp.Or(cfg.ProgressInterval, DefaultProgressInterval)
	cfg.Snapshot.Keep = cmp.Or(cfg.Snapshot.Keep, DefaultSnapshotKeep)
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg
}

// check reports problems of the Config's own fields (modules are checked
// as they are resolved).
func (cfg Config) check() []error {
	var errs []error
	if len(cfg.Modules) == 0 {
		errs = append(errs, configErr("no modules: set Config.Modules"))
	}
	if cfg.Pool != nil && cfg.DatabaseURL != "" {
		errs = append(errs, configErr("both Pool and DatabaseURL are set: set one"))
	}
	switch cfg.PoolMode {
	case PoolAuto, PoolSession, PoolTransaction:
	default:
		errs = append(errs, configErr("PoolMode %q: expected %q, %q or empty (detect)", cfg.PoolMode, PoolSession, PoolTransaction))
	}
	if utf8.RuneCountInString(cfg.InstalledBy) > 100 {
		errs = append(errs, configErr("InstalledBy is longer than the 100 characters the status table holds"))
	}
	return errs
}
