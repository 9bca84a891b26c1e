package pgtest_test

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func connect(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close(context.Background()) })
	return conn
}

func currentDatabase(t *testing.T, conn *pgx.Conn) string {
	t.Helper()
	var name string
	require.NoError(t, conn.QueryRow(t.Context(), "SELECT current_database()").Scan(&name))
	return name
}

func publicTables(t *testing.T, conn *pgx.Conn) int {
	t.Helper()
	var n int
	require.NoError(t, conn.QueryRow(t.Context(),
		"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&n))
	return n
}

func TestDatabasesAreSeparateAndEmpty(t *testing.T) {
	a := connect(t, pgtest.NewDatabase(t))
	b := connect(t, pgtest.NewDatabase(t))

	nameA, nameB := currentDatabase(t, a), currentDatabase(t, b)
	require.NotEqual(t, nameA, nameB)
	require.Regexp(t, `^runway_test_\d+_[0-9a-f]{8}$`, nameA)
	require.Zero(t, publicTables(t, a))
	require.Zero(t, publicTables(t, b))

	_, err := a.Exec(t.Context(), "CREATE TABLE only_in_a (id int)")
	require.NoError(t, err)
	require.Equal(t, 1, publicTables(t, a))
	require.Zero(t, publicTables(t, b))
}

func TestParallelDatabases(t *testing.T) {
	names := make(chan string, 5)
	names <- currentDatabase(t, connect(t, pgtest.NewDatabase(t)))
	t.Run("group", func(t *testing.T) {
		for range cap(names) - 1 {
			t.Run("db", func(t *testing.T) {
				t.Parallel()
				conn := connect(t, pgtest.NewDatabase(t))
				require.Zero(t, publicTables(t, conn))
				names <- currentDatabase(t, conn)
			})
		}
	})
	close(names)
	seen := map[string]bool{}
	for name := range names {
		require.False(t, seen[name], "database %s handed out twice", name)
		seen[name] = true
	}
	require.Len(t, seen, cap(names))
}

func TestDatabaseDroppedAfterCleanup(t *testing.T) {
	conn := connect(t, pgtest.NewDatabase(t)) // a fresh database to look from
	var name string
	t.Run("uses a database", func(t *testing.T) {
		used := connect(t, pgtest.NewDatabase(t))
		name = currentDatabase(t, used)
		_, err := used.Exec(t.Context(), "CREATE TABLE t (id int)")
		require.NoError(t, err)
	})
	require.NotEmpty(t, name)

	var exists bool
	require.NoError(t, conn.QueryRow(t.Context(),
		"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists))
	require.False(t, exists, "database %s should have been dropped", name)
}
