package migrate_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	migrate "github.com/runwaydb/migrate"
)

// holdAccessShare opens a transaction on another connection that reads t
// and stays open (as a long pg_dump would) until release is called; it
// returns the blocker's pid.
func holdAccessShare(t *testing.T, url, table string) (pid int, release func()) {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	_, err = conn.Exec(t.Context(), "SET application_name = 'nightly-dump'")
	require.NoError(t, err)
	tx, err := conn.Begin(t.Context())
	require.NoError(t, err)
	_, err = tx.Exec(t.Context(), "SELECT count(*) FROM "+pgx.Identifier{table}.Sanitize())
	require.NoError(t, err)
	require.NoError(t, tx.QueryRow(t.Context(), "SELECT pg_backend_pid()").Scan(&pid))
	var once sync.Once
	return pid, func() { once.Do(func() { require.NoError(t, tx.Commit(context.Background())) }) }
}

// TestLockTimeoutKeepsReadersFlowing: a migration that needs ACCESS
// EXCLUSIVE on a table a long transaction reads gives up after its lock
// timeout, so readers queued behind it wait at most about that long, and
// tries again until the long transaction ends.
func TestLockTimeoutKeepsReadersFlowing(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := fstest.MapFS{"V1__t.sql": {Data: []byte("CREATE TABLE t (id int); INSERT INTO t VALUES (1);")}}
	cfg := b.config(migrate.Module{Name: "core", Scripts: files})
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)

	pid, release := holdAccessShare(t, b.url, "t")
	files["V2__alter.sql"] = &fstest.MapFile{Data: []byte("ALTER TABLE t ADD COLUMN x int;")}
	const lockTimeout = 300 * time.Millisecond
	cfg.MigrationLockTimeout = lockTimeout
	done := make(chan error, 1)
	go func() { _, err := migrate.Run(t.Context(), cfg); done <- err }()

	// Readers measure how long each read of t takes while the migration
	// retries; after two seconds the long transaction ends.
	var worst time.Duration
	stopAt := time.Now().Add(2 * time.Second)
	for time.Now().Before(stopAt) {
		start := time.Now()
		_, err := b.pool.Exec(t.Context(), "SELECT count(*) FROM t")
		require.NoError(t, err)
		worst = max(worst, time.Since(start))
		time.Sleep(20 * time.Millisecond)
	}
	release()
	require.NoError(t, <-done)
	t.Logf("lock timeout %s: the slowest read waited %s", lockTimeout, worst)
	require.Less(t, worst, lockTimeout+2*time.Second, "readers never queue long behind the migration (a generous bound for a loaded machine; the log line gives the figure)")
	require.True(t, b.columnExists(t, "t", "x"))
	require.Contains(t, b.logs.String(), "trying again")
	require.Contains(t, b.logs.String(), fmt.Sprintf("pid %d (application \\\"nightly-dump\\\"", pid))
}

// TestRetryBudgetSpent: when the blocker outlasts the retry budget, Run
// fails with ErrMigrationBlocked naming it, and nothing of the migration
// is applied. A previous script's SET lock_timeout = 0 does not carry over.
func TestRetryBudgetSpent(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files, cfg := tableT(t, b)

	pid, release := holdAccessShare(t, b.url, "t")
	defer release()
	files["V2__no_timeout.sql"] = &fstest.MapFile{Data: []byte("SET lock_timeout = 0; CREATE TABLE u (id int);")}
	files["V3__alter.sql"] = &fstest.MapFile{Data: []byte("ALTER TABLE t ADD COLUMN x int;")}
	cfg.MigrationLockTimeout, cfg.RetryBudget = 200*time.Millisecond, 1500*time.Millisecond
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	_, err := migrate.Run(ctx, cfg)
	require.ErrorIs(t, err, migrate.ErrMigrationBlocked)
	require.NoError(t, ctx.Err(), "the lock timeout bounded every try")
	require.ErrorContains(t, err, fmt.Sprintf("pid %d (application \"nightly-dump\"", pid))
	require.ErrorContains(t, err, "V3__alter.sql")
	require.False(t, b.columnExists(t, "t", "x"))
	require.Len(t, b.rows(t, "oskari_status"), 2, "V1 and V2 only")
}

// TestRetryBudgetWithFullPool: the watch connection of a blocked
// migration's retries is borrowed from Config.Pool; with the pool full (one
// connection, held by the run) the borrow gives up with the pause, and the
// retry budget still bounds the run (it took 10 s, the borrow's own bound).
func TestRetryBudgetWithFullPool(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files, cfg := tableT(t, b)
	_, release := holdAccessShare(t, b.url, "t")
	defer release()
	pool, err := pgxpool.New(t.Context(), b.url+"&pool_max_conns=1")
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	files["V2__alter.sql"] = &fstest.MapFile{Data: []byte("ALTER TABLE t ADD COLUMN x int;")}
	cfg.DatabaseURL, cfg.Pool = "", pool
	cfg.MigrationLockTimeout, cfg.RetryBudget = 200*time.Millisecond, 1500*time.Millisecond
	ctx, cancel := context.WithTimeout(t.Context(), 8*time.Second)
	defer cancel()
	_, err = migrate.Run(ctx, cfg)
	require.ErrorIs(t, err, migrate.ErrMigrationBlocked)
	require.NoError(t, ctx.Err(), "the retry budget, not the borrow's bound, ended the run")
	require.False(t, b.columnExists(t, "t", "x"))
}

// TestProgressOfLongMigration: a migration running past ProgressInterval
// logs what it waits on, every interval.
func TestProgressOfLongMigration(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__slow.sql": {Data: []byte("SELECT pg_sleep(1.5);")}}})
	cfg.ProgressInterval = 250 * time.Millisecond
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Contains(t, b.logs.String(), `"msg":"migration still running"`)
	require.Contains(t, b.logs.String(), `"wait_event":"Timeout/PgSleep"`)
	// About five lines in 1.5 s; two show that the watch looks again.
	require.GreaterOrEqual(t, strings.Count(b.logs.String(), `"msg":"migration still running"`), 2)
}

// columnExists reports whether public.table has column.
func (b *bundle) columnExists(t *testing.T, table, column string) bool {
	t.Helper()
	var ok bool
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT EXISTS (SELECT FROM information_schema.columns
		WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2)`, table, column).Scan(&ok))
	return ok
}

// TestScriptLockTimeout: a script's .sql.conf sets its own lock timeout.
func TestScriptLockTimeout(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files, cfg := tableT(t, b)
	_, release := holdAccessShare(t, b.url, "t")
	defer release()
	files["V2__alter.sql"] = &fstest.MapFile{Data: []byte("ALTER TABLE t ADD COLUMN x int;")}
	files["V2__alter.sql.conf"] = &fstest.MapFile{Data: []byte("lockTimeout=100ms\n")}
	cfg.MigrationLockTimeout, cfg.RetryBudget = -1, -1 // none but the script's, no retry
	_, err := migrate.Run(t.Context(), cfg)
	var pgErr *pgconn.PgError
	require.ErrorAs(t, err, &pgErr)
	require.Equal(t, "55P03", pgErr.Code)

	files["V2__alter.sql.conf"] = &fstest.MapFile{Data: []byte("lockTimeout=soon\n")}
	_, err = migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	require.ErrorContains(t, err, `lockTimeout "soon"`)
}

// TestProgressWithCallersPool: the watcher's second connection, borrowed
// from the application's pool, goes back to it.
func TestProgressWithCallersPool(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__slow.sql": {Data: []byte("SELECT pg_sleep(1.5);")}}})
	cfg.DatabaseURL, cfg.Pool, cfg.ProgressInterval = "", b.pool, 200*time.Millisecond
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Contains(t, b.logs.String(), `"msg":"migration still running"`)
	require.Zero(t, b.pool.Stat().AcquiredConns(), "every borrowed connection went back or was closed")
}

// tableT migrates a module whose V1 creates table t, for tests that then
// block t and add migrations to files.
func tableT(t *testing.T, b *bundle) (fstest.MapFS, migrate.Config) {
	t.Helper()
	files := fstest.MapFS{"V1__t.sql": {Data: []byte("CREATE TABLE t (id int);")}}
	cfg := b.config(migrate.Module{Name: "core", Scripts: files})
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	return files, cfg
}
