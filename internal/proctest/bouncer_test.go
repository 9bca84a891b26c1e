package proctest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgtest"
	"github.com/runwaydb/migrate/internal/proctest"
)

// bouncerLayout is 2 modules: one of insert-only migrations (a migration
// applied twice doubles its effect), one of tables, inserts, sleeps and a
// CREATE INDEX CONCURRENTLY.
func bouncerLayout() proctest.Layout {
	l := proctest.Layout{Sleep: 5 * time.Millisecond, Rows: 200}
	inserts := proctest.Module{Name: "core"}
	for range 30 {
		inserts.Migrations = append(inserts.Migrations, proctest.Insert)
	}
	mixed := proctest.Module{Name: "myplaces"}
	for v := 1; v <= 20; v++ {
		k := proctest.Insert
		switch {
		case v == 12:
			k = proctest.Concurrent
		case v%5 == 0:
			k = proctest.Sleep
		case v%3 == 0:
			k = proctest.Table
		}
		mixed.Migrations = append(mixed.Migrations, k)
	}
	l.Modules = []proctest.Module{inserts, mixed}
	return l
}

// TestPgBouncerTransactionPooling boots 8 processes at once through
// PgBouncer in transaction pooling mode (4 server connections), in 3
// rounds on fresh databases: they find the pooler themselves (PoolAuto),
// all exit 0, each migration is applied exactly once, and no advisory lock
// is left on a pooled server connection.
func TestPgBouncerTransactionPooling(t *testing.T) {
	const procs = 8
	bin := build(t)
	l := bouncerLayout()
	for round := 1; round <= 3; round++ {
		db := pgtest.NewDatabase(t)
		pooled := pgtest.Bouncer(t, db, "transaction", 4)
		conn := connect(t, db)
		dir := setup(t, conn, l)
		applied, took := bootRound(t, bin, pooled, dir, procs, round)
		require.Equal(t, 50, applied, "round %d: migrations applied by all processes together", round)
		rep, err := proctest.Check(t.Context(), conn, l, proctest.CheckOptions{Complete: true})
		require.NoError(t, err, "round %d", round)
		t.Logf("round %d: %d processes through pgbouncer, %d applied in %s; status rows %v", round, procs, applied, took.Round(time.Millisecond), rep.Applied)
	}
}

// TestPgBouncerSessionLockWarned: a process told to keep the session lock
// (runway.poolMode=session) through a pooler says it is unsafe.
func TestPgBouncerSessionLockWarned(t *testing.T) {
	bin := build(t)
	l := bouncerLayout()
	db := pgtest.NewDatabase(t)
	pooled := pgtest.Bouncer(t, db, "transaction", 4)
	dir := setup(t, connect(t, db), l)
	props := filepath.Join(t.TempDir(), "oskari-ext.properties")
	require.NoError(t, os.WriteFile(props, []byte(strings.Join([]string{
		"db.script.locations=filesystem:" + filepath.Join(dir, "core"),
		"db.additional.modules=myplaces",
		"db.myplaces.script.locations=filesystem:" + filepath.Join(dir, "myplaces"),
		"runway.poolMode=session",
	}, "\n")), 0o644))
	// One process alone: through the pooler its session lock is not
	// exercised against others, only found unsafe.
	p := startProc(t, bin, "-dsn", pooled, "-load", "-properties", props, "-classify", "-timeout", "1m")
	code, out := p.wait(t, 2*time.Minute)
	require.Equal(t, 0, code, "stdout %q, stderr:\n%s", out, p.stderr)
	require.Contains(t, p.stderr.String(), "connection pooler detected while PoolMode is session", fmt.Sprint(out))
}
