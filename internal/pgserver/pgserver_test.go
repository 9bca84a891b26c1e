package pgserver_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgserver"
)

func TestStartStop(t *testing.T) {
	if _, err := pgserver.FindBinDir(); err != nil {
		t.Fatalf("this test needs the postgresql server binaries: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	srv, err := pgserver.Start(ctx)
	require.NoError(t, err)
	t.Cleanup(func() { _ = srv.Stop() })

	url := srv.URL("postgres")
	require.True(t, strings.HasPrefix(url, "postgres://postgres@127.0.0.1:"), url)
	conn, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	var version, dataDir string
	require.NoError(t, conn.QueryRow(ctx, "SELECT version(), current_setting('data_directory')").Scan(&version, &dataDir))
	require.NoError(t, conn.Close(ctx))
	require.Contains(t, version, "PostgreSQL")
	require.DirExists(t, dataDir)

	require.NoError(t, srv.Stop())
	_, err = os.Stat(filepath.Dir(dataDir))
	require.ErrorIs(t, err, os.ErrNotExist, "server directory should be removed")
	require.NoError(t, srv.Stop(), "second Stop")

	_, err = pgx.Connect(ctx, url)
	require.Error(t, err, "server should be down")
}

func TestFindBinDir(t *testing.T) {
	dir, err := pgserver.FindBinDir()
	if err != nil {
		t.Fatalf("this test needs the postgresql server binaries: %v", err)
	}
	require.FileExists(t, filepath.Join(dir, "initdb"))
	require.FileExists(t, filepath.Join(dir, "postgres"))
	t.Log(dir)
}

func TestStopImmediateRestart(t *testing.T) {
	if _, err := pgserver.FindBinDir(); err != nil {
		t.Fatalf("this test needs the postgresql server binaries: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	srv, err := pgserver.Start(ctx, "synchronous_commit=on")
	require.NoError(t, err)
	t.Cleanup(func() { _ = srv.Stop() })
	url := srv.URL("postgres")

	conn, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	_, err = conn.Exec(ctx, "CREATE TABLE t (x int); INSERT INTO t VALUES (1)")
	require.NoError(t, err)
	tx, err := conn.Begin(ctx)
	require.NoError(t, err)
	_, err = tx.Exec(ctx, "INSERT INTO t VALUES (2)")
	require.NoError(t, err)

	require.NoError(t, srv.StopImmediate())
	_, err = tx.Exec(ctx, "INSERT INTO t VALUES (3)")
	require.Error(t, err, "the session should be gone")
	_, err = pgx.Connect(ctx, url)
	require.Error(t, err, "server should be down")
	require.Error(t, srv.StopImmediate(), "second StopImmediate")

	require.NoError(t, srv.Restart(ctx))
	require.Error(t, srv.Restart(ctx), "Restart of a running server")
	require.Equal(t, url, srv.URL("postgres"))
	conn, err = pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer conn.Close(ctx)
	var rows []int32
	r, err := conn.Query(ctx, "SELECT x FROM t ORDER BY x")
	require.NoError(t, err)
	rows, err = pgx.CollectRows(r, pgx.RowTo[int32])
	require.NoError(t, err)
	require.Equal(t, []int32{1}, rows, "committed row kept, uncommitted one lost")

	require.NoError(t, srv.Stop())
	_, err = pgx.Connect(ctx, url)
	require.Error(t, err, "server should be down after Stop")
}

func TestStartWithSettings(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	srv, err := pgserver.StartWith(ctx, "fsync=on", "synchronous_commit=on")
	require.NoError(t, err)
	t.Cleanup(func() { _ = srv.Stop() })
	conn, err := pgx.Connect(ctx, srv.URL("postgres"))
	require.NoError(t, err)
	defer conn.Close(ctx)
	var fsync, syncCommit, fullPages string
	require.NoError(t, conn.QueryRow(ctx, "SELECT current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes')").Scan(&fsync, &syncCommit, &fullPages))
	require.Equal(t, []string{"on", "on", "off"}, []string{fsync, syncCommit, fullPages}, "settings given win over the defaults; the others stay")
}
