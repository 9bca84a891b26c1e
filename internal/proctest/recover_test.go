package proctest_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/proctest"
)

// recoverInterrupted is the recovery step of the kill and crash tests,
// kept in this one function: the documented recovery after a run refused
// a CREATE INDEX CONCURRENTLY migration that an earlier run had started
// and not recorded (its process was killed or its server crashed). The
// earlier run left the index: valid if its build completed, and then
// Repair with RecordCompleted records the migration; INVALID if not, and
// then Repair with DropInvalidIndexes drops it so that the next run builds
// it again. The refused run ran nothing and wrote no row. It fails the
// test if runErr is anything else, and returns what it did.
func recoverInterrupted(t *testing.T, conn *pgx.Conn, cfg migrate.Config, l proctest.Layout, runErr error) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	var me *migrate.MigrationError
	require.ErrorAs(t, runErr, &me, "the run failed outside a migration")
	version, _ := strconv.Atoi(me.Version)
	kind, ok := l.Kind(me.Module, version)
	require.True(t, ok && kind == proctest.Concurrent, "the run failed on %s V%s, which is no CONCURRENTLY migration: %v", me.Module, me.Version, runErr)
	var ie *migrate.InterruptedError
	require.True(t, errors.As(runErr, &ie), "the run failed otherwise than with ErrInterruptedMigration: %v", runErr)
	require.ErrorIs(t, runErr, migrate.ErrInterruptedMigration)
	require.Len(t, ie.Indexes, 1, "%v", runErr)
	want := proctest.IndexName(me.Module, version)
	require.Contains(t, ie.Indexes[0].Index, want, "the error names the index")

	opts, did := migrate.RepairOptions{DropInvalidIndexes: true}, "dropped the INVALID index"
	if ie.Complete {
		opts, did = migrate.RepairOptions{RecordCompleted: true}, "recorded the completed migration"
	}
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	rep, err := m.Repair(ctx, opts)
	require.NoError(t, err)
	require.True(t, rep.Changed(), "repair changed nothing")
	return fmt.Sprintf("Repair %s", did)
}
