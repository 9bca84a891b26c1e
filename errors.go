package migrate

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinel errors. Test for them with [errors.Is]; the error returned by [Run]
// wraps them, usually inside a [*MigrationError] that says where.
var (
	// ErrInvalidConfig is returned by Run before any database work when the
	// Config or a Module is unusable: a bad module name, two modules with the
	// same name or status table, a Step without Up, an unparsable URL.
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

	// ErrLockTimeout is returned when the module's advisory lock could not be
	// taken within Config.LockTimeout. The error names the session that holds
	// it, when PostgreSQL tells.
	ErrLockTimeout = errors.New("timed out waiting for the migration lock")
)

// MigrationError reports where a migration problem is: the module, the
// migration's version and script, and for SQL errors the line and column in
// the file. It unwraps to the cause, which for database errors is a
// [*pgconn.PgError] and for the checks above one of the sentinel errors.
//
// Its message reads like
//
//	myplaces: V1_2__add.sql:14:7: syntax error at or near "tabel" (SQLSTATE 42601)
type MigrationError struct {
	Module  string // module name
	Version string // migration version, if known
	Script  string // script path relative to the module root, or a Go step's name
	Line    int    // 1-based line in Script, 0 if unknown
	Column  int    // 1-based column (in characters) in Line, 0 if unknown
	Err     error  // the cause
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

// Unwrap returns the cause.
func (e *MigrationError) Unwrap() error { return e.Err }

// moduleErr wraps err with the module's name unless it already carries a
// *MigrationError.
func moduleErr(module string, err error) error {
	if err == nil {
		return nil
	}
	var me *MigrationError
	if errors.As(err, &me) {
		return err
	}
	return &MigrationError{Module: module, Err: err}
}

// configErr returns an ErrInvalidConfig error with a formatted explanation.
func configErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
}

// joinErrors returns the only error of errs as it is, or all of them joined.
func joinErrors(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	return errors.Join(errs...)
}
