package proctest_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/proctest"
)

// recoverInterrupted is the recovery step of the kill and crash tests,
// kept in this one function: what an operator does after a run failed on
// a CREATE INDEX CONCURRENTLY migration that an earlier run had started
// and not recorded (its process was killed or its server crashed). The
// earlier run left the index, valid if its build completed, INVALID if
// not; the new run's CREATE INDEX CONCURRENTLY failed on it ("relation
// already exists", 42P07) and recorded the migration as failed. The
// operator drops the index and runs Repair, which deletes the failed row;
// the next run builds the index again. It fails the test if runErr is
// anything else, and returns what it did.
func recoverInterrupted(t *testing.T, conn *pgx.Conn, cfg migrate.Config, l proctest.Layout, runErr error) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	var me *migrate.MigrationError
	require.ErrorAs(t, runErr, &me, "the run failed outside a migration")
	version, _ := strconv.Atoi(me.Version)
	kind, ok := l.Kind(me.Module, version)
	require.True(t, ok && kind == proctest.Concurrent, "the run failed on %s V%s, which is no CONCURRENTLY migration: %v", me.Module, me.Version, runErr)
	var pgErr *pgconn.PgError
	require.ErrorAs(t, runErr, &pgErr, "the run failed otherwise than on the interrupted migration's index: %v", runErr)
	require.Equal(t, "42P07", pgErr.Code, "the run failed otherwise than on the interrupted migration's index: %v", runErr)

	index := pgx.Identifier{proctest.FixtureSchema, proctest.IndexName(me.Module, version)}.Sanitize()
	_, err := conn.Exec(ctx, "DROP INDEX CONCURRENTLY IF EXISTS "+index)
	require.NoError(t, err)
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	rep, err := m.Repair(ctx, migrate.RepairOptions{})
	require.NoError(t, err)
	require.True(t, rep.Changed(), "repair found no failed row to delete")
	return fmt.Sprintf("dropped %s, repaired", index)
}
