package migrate

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinel errors. Test for them with [errors.Is]; the errors returned by
// [Run] and the [Migrator] wrap them, usually inside a [*MigrationError]
// that says where.
var (
	// ErrInvalidConfig is returned by [New] (and so [Run]) before any
	// database work when the Config or a Module is unusable: no modules, a
	// module without migrations, a bad module name, two modules with the
	// same name or status table, a Step without Up, both Pool and
	// DatabaseURL set, a Location whose directory does not exist; and when
	// connecting, for an unparsable URL.
	ErrInvalidConfig = errors.New("invalid configuration")

	// ErrInvalidName is returned when an SQL file in a module's Scripts does
	// not follow Flyway's naming (V<version>__<description>.sql), or a Step
	// has an invalid version.
	ErrInvalidName = errors.New("invalid migration name")

	// ErrDuplicateVersion is returned when two migrations of one module (SQL
	// files or Go steps) have equal versions (1.0 equals 1). The error names
	// both.
	ErrDuplicateVersion = errors.New("duplicate migration version")

	// ErrChecksumMismatch is returned when an applied migration's stored
	// checksum differs from its file's: the file was edited after it ran.
	ErrChecksumMismatch = errors.New("checksum mismatch")

	// ErrFailedMigration is returned when the status table holds a failed
	// migration (success = false), which blocks the module until repaired.
	ErrFailedMigration = errors.New("status table records a failed migration")

	// ErrOutOfOrder is returned when a migration that has not run has a
	// lower version than the module's highest applied version.
	ErrOutOfOrder = errors.New("pending migration is older than the applied version")

	// ErrMissingMigration is returned when the status table records an
	// applied version for which the module has no file or step.
	ErrMissingMigration = errors.New("applied migration not found locally")

	// ErrTypeMismatch is returned when an applied migration's type differs
	// from its resolved migration's (an SQL file replaced by a Go step).
	ErrTypeMismatch = errors.New("type mismatch")

	// ErrDescriptionMismatch is returned when an applied migration's
	// description differs from its file name's or step's.
	ErrDescriptionMismatch = errors.New("description mismatch")

	// ErrFutureMigration is returned when the status table records a version
	// above every local migration and Config.IgnoreMigrationPatterns does
	// not ignore future migrations (it does by default).
	ErrFutureMigration = errors.New("applied migration is newer than any local migration")

	// ErrPendingMigration is returned by [Migrator.Validate] for migrations that have
	// not run yet, unless ignored with "*:pending".
	ErrPendingMigration = errors.New("resolved migration not applied")

	// ErrNonEmptySchema is returned when a module's status table is missing
	// and its schema holds objects but no status table of any module: a
	// database that was never migrated. Set Module.BaselineOnMigrate (or
	// Module.Baseline) to adopt it.
	ErrNonEmptySchema = errors.New("schema is not empty but has no status table")

	// ErrTargetNotFound is returned when Module.Target names a version no
	// migration has. A trailing "?" ("2.1?") allows that.
	ErrTargetNotFound = errors.New("target version not found")

	// ErrBaselineExists is returned by [Migrator.Baseline] when the status table
	// already holds migrations or another baseline.
	ErrBaselineExists = errors.New("status table already has migrations")

	// ErrUndoWithoutMigration is returned by [New] for an undo script
	// (U<version>__*.sql) whose version has no versioned migration.
	ErrUndoWithoutMigration = errors.New("undo without a migration")

	// ErrNoUndo is returned by [Migrator.Undo] when a version to undo has neither an
	// U<version>__*.sql script nor a Go step with Down. Nothing is undone.
	ErrNoUndo = errors.New("migration has no undo")

	// ErrLegacyTable is returned when a status table has Flyway 3's layout
	// and Config.LegacyTables is LegacyRefuse.
	ErrLegacyTable = errors.New("status table has the Flyway 3 layout")

	// ErrUnknownPlaceholder is returned when a script uses a ${placeholder}
	// that has no value.
	ErrUnknownPlaceholder = errors.New("unknown placeholder")

	// ErrTransactionEnded is returned when an SQL migration ended its own
	// transaction (COMMIT or ROLLBACK) in a transactional script. The
	// migration is not recorded; what it committed before stays.
	ErrTransactionEnded = errors.New("the script ended the migration's transaction")

	// ErrMixedScript is returned when a script mixes statements that cannot
	// run in a transaction (CREATE INDEX CONCURRENTLY, VACUUM, …) with
	// others and Config.Mixed is not set. Nothing runs.
	ErrMixedScript = errors.New("script mixes statements that cannot run in a transaction with others")

	// ErrDependency is returned by Run when a module's Module.DependsOn is
	// not met: a module it depends on failed, or is below the minimum
	// version.
	ErrDependency = errors.New("module dependency not met")

	// ErrScriptMismatch is returned when an applied Go (JDBC) migration's
	// recorded script (a Java class name, for rows Flyway wrote) differs
	// from the Step's Script.
	ErrScriptMismatch = errors.New("script mismatch")

	// ErrConnectionLost is returned when the connection to the server was
	// lost while a migration ran (the server restarted, the backend was
	// terminated, the network failed): whether the migration committed is
	// not known. Run never guesses: the next run reads the status table
	// again. It wraps the driver's error.
	ErrConnectionLost = errors.New("connection to the database lost")

	// ErrInterruptedMigration is returned by Run, before running anything,
	// for a migration that runs outside a transaction, has no status row,
	// and whose index statements find what an earlier, interrupted run
	// left: a valid index its CREATE INDEX would create again, an INVALID
	// one (a CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY that did not
	// finish), an index its DROP INDEX already dropped. The cause is an
	// [*InterruptedError] that names them and says how to fix it (Repair
	// with RepairOptions.DropInvalidIndexes or RecordCompleted). Nothing
	// runs and nothing is recorded.
	ErrInterruptedMigration = errors.New("interrupted non-transactional migration")

	// ErrMetaCommand is returned for a psql meta-command in a script that
	// Runway does not skip: it skips pg_dump's \restrict and \unrestrict,
	// and \connect (or \c) to the database the script runs on. The error
	// names the module, file and line; nothing of the script runs.
	ErrMetaCommand = errors.New("psql meta-command")

	// ErrStatusTableBusy is returned when one of Runway's own statements on
	// a status table (a read, its creation, a status row) did not finish
	// within Config.StatusTimeout, usually because another session holds a
	// lock on the table. The error names the table and the sessions
	// holding or waiting for conflicting locks (pid, application, state,
	// query), and wraps the server's error (lock_not_available or
	// query_canceled). A status row that was not written rolled its
	// migration back with it.
	ErrStatusTableBusy = errors.New("status table busy")

	// ErrLockTimeout is returned when the module's advisory lock could not be
	// taken within Config.LockTimeout. The error names the session that holds
	// it, when PostgreSQL tells.
	ErrLockTimeout = errors.New("timed out waiting for the migration lock")

	// ErrMigrationBlocked is returned by Run when a transactional migration
	// kept failing on its lock timeout (Config.MigrationLockTimeout) or on
	// deadlocks until Config.RetryBudget was spent. Each try was rolled
	// back: nothing of the migration is applied. The error names the
	// sessions that blocked it and wraps the last *pgconn.PgError.
	ErrMigrationBlocked = errors.New("migration blocked by other sessions' locks")

	// ErrSnapshot is returned by Migrate when Config.Snapshot is on and
	// the snapshot of a database could not be taken (pg_dump not found or
	// failed, the directory not writable): nothing was applied to that
	// database. [Migrator.Restore] returns it when a restore fails. The
	// error quotes pg_dump's or pg_restore's message, never a password.
	ErrSnapshot = errors.New("snapshot failed")

	// ErrLint is returned by [Run] and [Migrator.Migrate] when Config.Lint
	// is LintError and a pending migration has lint findings; the error
	// lists them. Nothing is applied.
	ErrLint = errors.New("pending migrations have lint findings")
)

// MigrationError reports where a migration problem is: the module, the
// migration's version and script, and for SQL errors the line and column in
// the file. It unwraps to the cause, which for database errors is a
// [*pgconn.PgError] and for the checks above one of the sentinel errors.
//
// Error returns one line:
//
//	myplaces: V1_2__add.sql:14:8: ERROR: syntax error at or near "tabel" (SQLSTATE 42601)
//
// [MigrationError.Excerpt] quotes the offending line as psql does, and
// formatting with %+v appends it:
//
//	14 | CREATE tabel places (id int);
//	   |        ^
type MigrationError struct {
	Module  string // module name
	Version string // migration version, if known
	Script  string // script path relative to the module root, or a Go step's name
	Line    int    // 1-based line in Script, 0 if unknown
	Column  int    // 1-based column (in characters) in Line, 0 if unknown
	Source  string // the text of Line, if known; a long line is cut to 160 characters around Column, marked with "…"
	Err     error  // the cause

	sourceCol int // Column within Source when Source was cut; 0: Column
}

func (e *MigrationError) Error() string {
	var b strings.Builder
	b.WriteString(e.Module)
	if e.Script != "" {
		b.WriteString(": ")
		b.WriteString(e.Script)
		if e.Line > 0 {
			b.WriteString(":" + strconv.Itoa(e.Line))
			if e.Column > 0 {
				b.WriteString(":" + strconv.Itoa(e.Column))
			}
		}
	} else if e.Version != "" {
		b.WriteString(": version " + e.Version)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Excerpt returns the offending line with a caret under the column, as
// psql shows it, or "" when the line is not known. Control characters in
// the line show as their Unicode pictures (a NUL byte as ␀), bytes that are
// not UTF-8 as U+FFFD.
func (e *MigrationError) Excerpt() string {
	if e.Source == "" || e.Line <= 0 {
		return ""
	}
	num := strconv.Itoa(e.Line)
	s := fmt.Sprintf("  %s | %s", num, printable(e.Source))
	if col := cmp.Or(e.sourceCol, e.Column); col > 0 {
		s += fmt.Sprintf("\n  %s | %s^", strings.Repeat(" ", len(num)), strings.Repeat(" ", col-1))
	}
	return s
}

// printable returns line for display, one character for each of its
// characters so that a caret under a column stays in place: a tab becomes a
// space, another control character (a NUL byte) its Unicode control
// picture (␀), a byte that is not UTF-8 U+FFFD.
func printable(line string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case r < 0x20:
			return 0x2400 + r
		case r == 0x7f:
			return 0x2421
		}
		return r // strings.Map already turns each invalid byte into U+FFFD
	}, line)
}

// Format implements [fmt.Formatter]: %+v is Error followed by the
// Excerpt on the next lines; every other verb formats Error.
func (e *MigrationError) Format(f fmt.State, verb rune) {
	s := e.Error()
	if verb == 'v' && f.Flag('+') {
		if x := e.Excerpt(); x != "" {
			s += "\n" + x
		}
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), s)
}

// Unwrap returns the cause.
func (e *MigrationError) Unwrap() error { return e.Err }

// PartialError is returned by [Run] and [Migrator.Migrate] when a module
// failed: it carries what was applied before the failure, in every module,
// and which migration failed. Reach it with [errors.As]; its message is
// the failure's, and it unwraps to the failure, usually a
// [*MigrationError].
type PartialError struct {
	Applied []AppliedMigration // applied by this run before the failure, modules in run order
	Module  string             // the module that failed
	Failed  *MigrationInfo     // the migration that failed; nil if the module failed outside one (lock, validation, callbacks)
	Err     error              // the failure
}

func (e *PartialError) Error() string { return e.Err.Error() }

// Format implements [fmt.Formatter] as [MigrationError.Format] does.
func (e *PartialError) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, fmt.FormatString(f, verb), e.Err)
}

// Unwrap returns the failure.
func (e *PartialError) Unwrap() error { return e.Err }

// configErr returns an ErrInvalidConfig error with a formatted explanation.
func configErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
}

// joinErrors returns the only error of errs as it is, or all of them joined
// in one flat list.
func joinErrors(errs []error) error {
	var flat []error
	for _, err := range errs {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			flat = append(flat, j.Unwrap()...)
		} else if err != nil {
			flat = append(flat, err)
		}
	}
	if len(flat) == 1 {
		return flat[0]
	}
	return errors.Join(flat...)
}
