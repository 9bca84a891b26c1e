package migrate_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// backfill increments n once per row: a row changed twice would show n = 2.
const backfill = `UPDATE backfill SET n = n + 1
WHERE id IN (SELECT id FROM backfill WHERE n = 0 ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) AND n = 0`

const (
	envBatchedURL  = "RUNWAY_TEST_BATCHED_URL"  // set for the helper process
	envBatchedRows = "RUNWAY_TEST_BATCHED_ROWS" // rows of TestBatchedResumes; default 200000
	batchedChild   = "runway_batched_child"     // the helper process's application_name
)

// TestBatchedHelperProcess is the backfill that TestBatchedResumes kills:
// it runs only in the child process that test starts.
func TestBatchedHelperProcess(t *testing.T) {
	url := os.Getenv(envBatchedURL)
	if url == "" {
		return // not the child
	}
	cc, err := pgx.ParseConfig(url)
	require.NoError(t, err)
	cc.RuntimeParams["application_name"] = batchedChild
	conn, err := pgx.ConnectConfig(t.Context(), cc)
	require.NoError(t, err)
	_, err = migrate.Batched(t.Context(), conn, backfill, 5000, migrate.BatchOptions{})
	require.NoError(t, err)
}

// A backfill killed halfway (SIGKILL) finishes on the next run, with
// every row changed exactly once.
func TestBatchedResumes(t *testing.T) {
	t.Parallel()
	rows := 200_000
	if s := os.Getenv(envBatchedRows); s != "" {
		var err error
		rows, err = strconv.Atoi(s)
		require.NoError(t, err)
	}
	b := setup(t)
	ctx := t.Context()
	start := time.Now()
	_, err := b.pool.Exec(ctx, fmt.Sprintf(`CREATE TABLE backfill (id int PRIMARY KEY, n int NOT NULL DEFAULT 0);
		INSERT INTO backfill (id) SELECT generate_series(1, %d);
		CREATE INDEX backfill_todo ON backfill (id) WHERE n = 0;
		ANALYZE backfill`, rows))
	require.NoError(t, err)
	t.Logf("%d rows created in %s", rows, time.Since(start).Round(time.Millisecond))

	start = time.Now()
	child := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestBatchedHelperProcess$", "-test.count=1")
	child.Env = append(os.Environ(), envBatchedURL+"="+b.url)
	var out strings.Builder
	child.Stdout, child.Stderr = &out, &out
	require.NoError(t, child.Start())
	exited := make(chan error, 1)
	go func() { exited <- child.Wait() }()
	halfway := false
	for !halfway {
		select {
		case err := <-exited:
			t.Fatalf("the child ended before it was killed (%v):\n%s", err, out.String())
		case <-time.After(10 * time.Millisecond):
		}
		require.NoError(t, b.pool.QueryRow(ctx, "SELECT n = 1 FROM backfill WHERE id = $1", rows/2).Scan(&halfway))
	}
	require.NoError(t, child.Process.Kill())
	<-exited
	// The killed child's backend may still finish its batch: wait for it.
	require.Eventually(t, func() bool {
		var n int
		require.NoError(t, b.pool.QueryRow(ctx, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1", batchedChild).Scan(&n))
		return n == 0
	}, 30*time.Second, 10*time.Millisecond)
	var done, twice int
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT count(*) FILTER (WHERE n = 1), count(*) FILTER (WHERE n > 1) FROM backfill").Scan(&done, &twice))
	t.Logf("killed after %d rows, %s", done, time.Since(start).Round(time.Millisecond))
	require.Greater(t, done, 0)
	require.Less(t, done, rows, "killed before the end")
	require.Zero(t, twice)

	start = time.Now()
	var logs strings.Builder
	n, err := migrate.Batched(ctx, b.pool, backfill, 5000, migrate.BatchOptions{
		Logger: slog.New(slog.NewTextHandler(&logs, nil)), LogEvery: time.Nanosecond})
	require.NoError(t, err)
	t.Logf("the rest (%d rows) in %s", n, time.Since(start).Round(time.Millisecond))
	require.Equal(t, int64(rows-done), n)
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT count(*) FILTER (WHERE n = 1), count(*) FILTER (WHERE n <> 1) FROM backfill").Scan(&done, &twice))
	require.Equal(t, rows, done, "every row changed")
	require.Zero(t, twice, "no row changed twice")
	require.Contains(t, logs.String(), "msg=\"batched statement in progress\" rows=5000 batches=1 ")
	require.Contains(t, logs.String(), fmt.Sprintf("msg=\"batched statement done\" rows=%d ", n))

	n, err = migrate.Batched(ctx, b.pool, backfill, 5000, migrate.BatchOptions{})
	require.NoError(t, err)
	require.Zero(t, n, "nothing left to do")
}

func TestBatchedRefuses(t *testing.T) {
	t.Parallel()
	b := setup(t)
	ctx := t.Context()
	scripts := fstest.MapFS{"V1__t.sql": {Data: []byte("CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL DEFAULT 0); INSERT INTO t (id) SELECT generate_series(1, 10)")}}
	_, err := migrate.Run(ctx, b.config(migrate.Module{Name: "core", Scripts: scripts}))
	require.NoError(t, err)
	stmt := "UPDATE t SET n = 1 WHERE id IN (SELECT id FROM t WHERE n = 0 LIMIT $1) AND n = 0"

	_, err = migrate.Batched(ctx, b.pool, stmt, 0, migrate.BatchOptions{})
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	// A statement that does not limit itself with $1: its batch is rolled back.
	n, err := migrate.Batched(ctx, b.pool, "UPDATE t SET n = n + 1 WHERE $1::int > 0", 3, migrate.BatchOptions{})
	require.ErrorContains(t, err, "would change 10 rows in one batch of 3: it must limit itself with $1 (the batch was rolled back)")
	require.Zero(t, n)
	var touched int
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT count(*) FROM t WHERE n <> 0").Scan(&touched))
	require.Zero(t, touched, "nothing committed")

	// A Go step's transaction, or its connection, is refused: nothing runs.
	step := func(ctx context.Context, tx pgx.Tx) error {
		_, err := migrate.Batched(ctx, tx, stmt, 3, migrate.BatchOptions{})
		require.ErrorIs(t, err, migrate.ErrInTransaction)
		_, err = migrate.Batched(ctx, tx.Conn(), stmt, 3, migrate.BatchOptions{})
		return err
	}
	cfg := b.config(migrate.Module{Name: "core", Scripts: scripts, Steps: []migrate.Step{{Version: "2", Up: step}}})
	_, err = migrate.Run(ctx, cfg)
	require.ErrorIs(t, err, migrate.ErrInTransaction)
	var changed int
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT count(*) FROM t WHERE n = 1").Scan(&changed))
	require.Zero(t, changed)

	n, err = migrate.Batched(ctx, b.pool, strings.Replace(stmt, "n = 1", "n = $2", 1), 3, migrate.BatchOptions{Args: []any{1}})
	require.NoError(t, err)
	require.Equal(t, int64(10), n)
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT count(*) FROM t WHERE n = 1").Scan(&changed))
	require.Equal(t, 10, changed)
}
