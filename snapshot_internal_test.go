package migrate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
)

func TestSnapshotName(t *testing.T) {
	t.Parallel()
	at := time.Date(2025, 3, 4, 5, 6, 7, 890e6, time.FixedZone("x", 3600))
	name := snapshotName("my db/1", at, "2.1")
	require.Equal(t, "my_db_1-20250304T040607.890Z-2.1.dump", name)
	require.True(t, isSnapshotOf(name, "my db/1"))
	for _, other := range []string{
		"my_db_1-20250304T040607.890Z-2.1.dump.tmp",
		".my_db_1-20250304T040607.890Z-2.1.dump.123.tmp",
		"my_db_1-x-20250304T040607.890Z-2.1.dump", // database my_db_1-x
		"my_db_1-2025-2.1.dump",
		"my_db_10-20250304T040607.890Z-2.1.dump",
	} {
		require.False(t, isSnapshotOf(other, "my db/1"), other)
	}
}

func TestPruneSnapshots(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	start := time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC)
	var mine []string
	for i := range 4 {
		mine = append(mine, snapshotName("app", start.Add(time.Duration(i)*time.Second), "9"))
	}
	others := []string{snapshotName("app-x", start, "1"), "notes.txt", ".app-20250101T000000.000Z-1.dump.7.tmp"}
	for _, name := range append(slices.Clone(mine), others...) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), nil, 0o600))
	}
	removed, err := pruneSnapshots(dir, "app", 2)
	require.NoError(t, err)
	require.Equal(t, []string{filepath.Join(dir, mine[0]), filepath.Join(dir, mine[1])}, removed)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := append([]string{mine[2], mine[3]}, others...)
	slices.Sort(want)
	require.Equal(t, want, left)

	removed, err = pruneSnapshots(dir, "app", -1)
	require.NoError(t, err)
	require.Empty(t, removed, "negative keeps all")
}

func TestPgEnv(t *testing.T) {
	t.Parallel()
	cc, err := pgx.ParseConfig("postgres://app:pa%20ss@db1:5433,db2/appdb?sslmode=require&target_session_attrs=read-write&connect_timeout=7")
	require.NoError(t, err)
	env := pgEnv(cc, []string{"HOME=/root", "PGHOSTADDR=10.0.0.1", "PGSSLMODE=disable", "PGSSLCERT=/etc/me.crt", "PATH=/bin"})
	require.ElementsMatch(t, []string{
		"HOME=/root", "PATH=/bin",
		"PGHOST=db1,db2", "PGPORT=5433,5432", "PGUSER=app", "PGPASSWORD=pa ss", "PGDATABASE=appdb", "PGAPPNAME=runway",
		"PGCONNECT_TIMEOUT=7", "PGSSLMODE=require", "PGTARGETSESSIONATTRS=read-write", "PGSSLCERT=/etc/me.crt",
	}, env)
	cmd := envCommand(env, "/usr/bin/pg_restore", "--dbname=appdb", "my file.dump")
	require.NotContains(t, cmd, "pa ss")
	require.Equal(t, "PGHOST=db1,db2 PGPORT=5433,5432 PGUSER=app PGDATABASE=appdb PGAPPNAME=runway PGCONNECT_TIMEOUT=7 "+
		"PGSSLMODE=require PGSSLCERT=/etc/me.crt PGTARGETSESSIONATTRS=read-write /usr/bin/pg_restore --dbname=appdb 'my file.dump'", cmd)

	cc, err = pgx.ParseConfig("host=/var/run/postgresql dbname='odd db' user=u sslmode=disable")
	require.NoError(t, err)
	env = pgEnv(cc, nil)
	require.Contains(t, env, "PGHOST=/var/run/postgresql")
	require.Contains(t, env, "PGSSLMODE=disable")
	require.NotContains(t, strings.Join(env, " "), "PGPASSWORD")
	require.Equal(t, "dbname='odd db'", dbnameArg("odd db"))
	require.Equal(t, "appdb", dbnameArg("appdb"))
}

func TestRunPgToolRedacts(t *testing.T) {
	t.Parallel()
	_, err := runPgTool(t.Context(), "/bin/sh", nil, "hunter2", "-c", "echo 'FATAL: password hunter2 was wrong' >&2; echo detail >&2; exit 3")
	require.EqualError(t, err, "sh: exit status 3: FATAL: password (redacted) was wrong ; detail")
}
