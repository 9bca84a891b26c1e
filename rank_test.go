package migrate_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
)

// TestRanksContinueAfterGapsAndEveryPath: installed_rank is max + 1 of the
// table as read under the lock, whatever wrote the rows before (a gap here),
// and stays so across a script outside a transaction, a Go step and a
// script in one.
func TestRanksContinueAfterGapsAndEveryPath(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{
		Name: "core",
		Scripts: fstest.MapFS{
			"V1__t.sql":     {Data: []byte("CREATE TABLE t (id int, name text);")},
			"V2__index.sql": {Data: []byte("CREATE INDEX CONCURRENTLY t_name ON t (name);")},
			"V4__u.sql":     {Data: []byte("CREATE TABLE u (id int);")},
		},
		Steps: []migrate.Step{{Version: "3", Description: "fill", Up: func(ctx context.Context, tx pgx.Tx) error {
			_, err := tx.Exec(ctx, "INSERT INTO t VALUES (1, 'one')")
			return err
		}}},
	}
	first := mod
	first.Target = "1"
	_, err := migrate.Run(t.Context(), b.config(first))
	require.NoError(t, err)
	_, err = b.pool.Exec(t.Context(), "UPDATE oskari_status SET installed_rank = 10 WHERE version = '1'")
	require.NoError(t, err)

	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, 3, res.Applied())
	requireRowsStart(t, b.rows(t, "oskari_status"), "10|1|t|SQL|", "11|2|index|SQL|", "12|3|fill|JDBC|", "13|4|u|SQL|")
	require.NotContains(t, b.logs.String(), "took its rank", "every rank Runway knew was right")
}

// TestRankTakenByTheMigration: a script that writes a row to the status
// table itself takes the rank Runway knew for its own row; the migration is
// rolled back and applied again, its rank computed then, once.
func TestRankTakenByTheMigration(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__t.sql": {Data: []byte("CREATE TABLE t (id int);")},
		"V2__note.sql": {Data: []byte(`INSERT INTO t VALUES (2);
INSERT INTO oskari_status (installed_rank, version, description, type, script, installed_by, execution_time, success)
SELECT max(installed_rank) + 1, NULL, 'a note', 'SQL', 'note', 'me', 0, true FROM oskari_status;`)},
		"V3__u.sql": {Data: []byte("CREATE TABLE u (id int);")},
	}}
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, 3, res.Applied())
	requireRowsStart(t, b.rows(t, "oskari_status"), "1|1|t|SQL|", "2||a note|SQL|note|", "3|2|note|SQL|", "4|3|u|SQL|")
	var n int
	require.NoError(t, b.pool.QueryRow(t.Context(), "SELECT count(*) FROM t").Scan(&n))
	require.Equal(t, 1, n, "the first try was rolled back")
	require.Contains(t, b.logs.String(), "took its rank")
}

// TestRankTakenByAnotherWriter: a writer that does not take the migration
// lock records the migration while it runs; its rank collides with the one
// Runway knew, and the table, read again, no longer has the migration
// pending: the run fails, the migration rolled back, rather than apply it
// a second time.
func TestRankTakenByAnotherWriter(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{
		Name:    "core",
		Scripts: fstest.MapFS{"V1__t.sql": {Data: []byte("CREATE TABLE t (id int);")}},
		Steps: []migrate.Step{{Version: "2", Description: "fill", Up: func(ctx context.Context, tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, "INSERT INTO t VALUES (2)"); err != nil {
				return err
			}
			// Another session records version 2 and commits, lock or not.
			_, err := b.pool.Exec(ctx, `INSERT INTO oskari_status (installed_rank, version, description, type, script, installed_by, execution_time, success)
SELECT max(installed_rank) + 1, '2', 'fill', 'JDBC', 'elsewhere', 'other', 0, true FROM oskari_status`)
			return err
		}}},
	}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.ErrorContains(t, err, "V2")
	require.ErrorContains(t, err, "is no longer pending")
	var pgErr *pgconn.PgError
	require.ErrorAs(t, err, &pgErr)
	require.Equal(t, "23505", pgErr.Code)
	var n int
	require.NoError(t, b.pool.QueryRow(t.Context(), "SELECT count(*) FROM t").Scan(&n))
	require.Zero(t, n, "the step was rolled back and not applied again")
	requireRowsStart(t, b.rows(t, "oskari_status"), "1|1|t|SQL|", "2|2|fill|JDBC|elsewhere|")
}

// requireRowsStart checks that there are as many rows (as b.rows gives
// them) as prefixes, each starting with its own.
func requireRowsStart(t *testing.T, rows []string, prefixes ...string) {
	t.Helper()
	require.Len(t, rows, len(prefixes), "%q", rows)
	for i, want := range prefixes {
		require.True(t, strings.HasPrefix(rows[i], want), "row %d: %s, want %s…", i, rows[i], want)
	}
}
