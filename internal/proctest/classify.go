package proctest

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/runwaydb/migrate"
)

// errorKinds names Runway's sentinel errors, most specific first: a lost
// connection during a failed migration is connection_lost.
var errorKinds = []struct {
	err  error
	kind string
}{
	{migrate.ErrConnectionLost, "connection_lost"},
	{migrate.ErrLockTimeout, "lock_timeout"},
	{migrate.ErrFailedMigration, "failed_migration"},
	{migrate.ErrChecksumMismatch, "checksum_mismatch"},
	{migrate.ErrTransactionEnded, "transaction_ended"},
	{migrate.ErrMixedScript, "mixed_script"},
	{migrate.ErrDependency, "dependency"},
	{migrate.ErrNonEmptySchema, "non_empty_schema"},
	{migrate.ErrMissingMigration, "missing_migration"},
	{migrate.ErrOutOfOrder, "out_of_order"},
	{migrate.ErrInvalidName, "invalid_name"},
	{migrate.ErrInvalidConfig, "invalid_config"},
	{context.DeadlineExceeded, "timeout"},
	{context.Canceled, "canceled"},
}

// Classify names the kind of an error Run returned: "" for nil, the
// sentinel's name (connection_lost, lock_timeout, failed_migration, …),
// "sql" for other server errors, "connect" for a connection that could
// not be made, and "other". sqlstate is the server error's code, if any.
func Classify(err error) (kind, sqlstate string) {
	if err == nil {
		return "", ""
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		sqlstate = pgErr.Code
	}
	for _, k := range errorKinds {
		if errors.Is(err, k.err) {
			return k.kind, sqlstate
		}
	}
	var connErr *pgconn.ConnectError
	switch {
	case errors.As(err, &connErr):
		return "connect", sqlstate
	case pgErr != nil:
		return "sql", sqlstate
	}
	return "other", sqlstate
}
