package migrate_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// A pg_dump data section runs unchanged: SET preamble, search_path emptied,
// COPY … FROM stdin with tabs, \N and escaped CR LF, then setval. The next
// migration uses unqualified names again.
func TestPgDumpWithCopy(t *testing.T) {
	t.Parallel()
	b := setup(t)
	dump := "--\r\n-- PostgreSQL database dump\r\n--\r\n" +
		"SET statement_timeout = 0;\r\nSET client_encoding = 'UTF8';\r\nSET standard_conforming_strings = on;\r\n" +
		"SELECT pg_catalog.set_config('search_path', '', false);\r\nSET client_min_messages = warning;\r\n\r\n" +
		"CREATE TABLE public.portti_view (id integer NOT NULL, name text, config text);\r\n" +
		"CREATE SEQUENCE public.portti_view_id_seq;\r\n\r\n" +
		"COPY public.portti_view (id, name, config) FROM stdin;\r\n" +
		"1\tDefault view\t{\"a\": 1}\r\n" +
		"2\t\\N\tline one\\r\\nline two; with a semicolon\r\n" +
		"3\tnäkymä\t\\\\backslash\r\n" +
		"\\.\r\n\r\n" +
		"SELECT pg_catalog.setval('public.portti_view_id_seq', 3, true);\r\n"
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__dump.sql":  {Data: []byte("\uFEFF" + dump)},
		"V2__after.sql": {Data: []byte("INSERT INTO portti_view (id, name) VALUES (nextval('portti_view_id_seq'), 'after');")},
	}}
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, 2, res.Applied())
	var rows []string
	require.NoError(t, pgxScanColumn(t, b.pool, `SELECT concat_ws('|', id, coalesce(name, 'NULL'), config) FROM portti_view ORDER BY id`, &rows))
	require.Equal(t, []string{
		`1|Default view|{"a": 1}`,
		"2|NULL|line one\r\nline two; with a semicolon",
		`3|näkymä|\backslash`,
		"4|after",
	}, rows)
}

// COPY data errors name the file line of the bad row.
func TestCopyDataErrorLocation(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__dump.sql": {Data: []byte("CREATE TABLE t (id int, n int);\n\nCOPY t (id, n) FROM stdin;\n1\t1\n2\tkaksi\n\\.\n")},
	}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, "V1__dump.sql", merr.Script)
	require.Equal(t, 5, merr.Line)
	var pgErr *pgconn.PgError
	require.ErrorAs(t, err, &pgErr)
	require.Equal(t, "22P02", pgErr.Code)
	require.False(t, b.tableExists(t, "t"), "the COPY ran in the migration's transaction")
}

// Error locations: parse errors, errors with and without a position, after
// a BOM, CRLF line endings and multi-byte characters, and deep in a long
// script; each names the line and quotes it.
func TestErrorLocations(t *testing.T) {
	t.Parallel()
	var long strings.Builder
	for i := 1; i < 999; i++ { // statements 2 to 999
		fmt.Fprintf(&long, "INSERT INTO t VALUES (%d, 'rivi; %d ä');\n", i, i)
	}
	long.WriteString("INSERT INTO t VALUES (1000, 'x' || 1/0);\n")
	tests := []struct {
		name         string
		script       string
		line, column int
		source       string
		code         string
	}{
		{"syntax error", "SELECT 1;\nSELEC 2;\n", 2, 1, "SELEC 2;", "42601"},
		{"syntax error after BOM, CRLF, multibyte", "\uFEFF-- äö\r\nSELECT 'ääkkönen';\r\n  SELECT 'å' tabel tabel;\r\n", 3, 20, "  SELECT 'å' tabel tabel;", "42601"},
		{"error with a position", "CREATE TABLE a (id int);\n\nINSERT INTO a VALUES (1), (nope);\n", 3, 28, "INSERT INTO a VALUES (1), (nope);", "42703"},
		{"error without a position", "SELECT 1;\n  SELECT 1/0;\nSELECT 2;\n", 2, 3, "  SELECT 1/0;", "22012"},
		{"in a dollar-quoted body", "CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1 +;\nEND;\n$$ LANGUAGE plpgsql;\n", 3, 13, "  RETURN 1 +;", "42601"},
		{"1000th statement", "CREATE TABLE t (id int, v text);\n" + long.String(), 1000, 1, "INSERT INTO t VALUES (1000, 'x' || 1/0);", "22012"},
		{"unterminated quote", "SELECT 1;\nSELECT 'oops;\n", 2, 8, "SELECT 'oops;", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := setup(t)
			mod := migrate.Module{Name: "analysis", Scripts: fstest.MapFS{"sql/V1_2__x.sql": {Data: []byte(tt.script)}}}
			_, err := migrate.Run(t.Context(), b.config(mod))
			var merr *migrate.MigrationError
			require.ErrorAs(t, err, &merr)
			require.Equal(t, "analysis", merr.Module)
			require.Equal(t, "sql/V1_2__x.sql", merr.Script)
			require.Equal(t, [2]int{tt.line, tt.column}, [2]int{merr.Line, merr.Column}, err.Error())
			require.Equal(t, tt.source, merr.Source)
			if tt.code != "" {
				var pgErr *pgconn.PgError
				require.ErrorAs(t, err, &pgErr)
				require.Equal(t, tt.code, pgErr.Code)
			}
			require.Contains(t, err.Error(), fmt.Sprintf("analysis: sql/V1_2__x.sql:%d:%d: ", tt.line, tt.column))
			if tt.source != "" {
				require.Contains(t, fmt.Sprintf("%+v", err), fmt.Sprintf("\n  %d | %s\n", tt.line, tt.source))
			}
			require.Empty(t, b.rows(t, "oskari_status_analysis"))
		})
	}
}

// Two CREATE INDEX CONCURRENTLY statements succeed while another session
// holds an open transaction on an unrelated table and while this run holds
// the module's advisory lock (Flyway's default transactional lock hangs
// here).
func TestCreateIndexConcurrently(t *testing.T) {
	t.Parallel()
	b := setup(t)
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__unrelated.sql": {Data: []byte("CREATE TABLE unrelated (id int); INSERT INTO unrelated VALUES (1);")},
	}}))
	require.NoError(t, err)
	other, err := pgx.Connect(t.Context(), b.url)
	require.NoError(t, err)
	defer other.Close(context.Background())
	tx, err := other.Begin(t.Context())
	require.NoError(t, err)
	defer tx.Rollback(context.Background())
	_, err = tx.Exec(t.Context(), `UPDATE unrelated SET id = 2`)
	require.NoError(t, err)

	var lockHeld bool
	mod := migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
		"V1__table.sql":   {Data: []byte("CREATE TABLE places (id int, name text);")},
		"V2__indexes.sql": {Data: []byte("CREATE INDEX CONCURRENTLY places_id ON places (id);\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS places_name ON places (name);\n")},
	}, Steps: []migrate.Step{{Version: "3", Up: func(ctx context.Context, tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT count(*) = 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`).Scan(&lockHeld)
	}}}}
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, 3, res.Applied())
	require.True(t, lockHeld)
	var valid int
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT count(*) FROM pg_index WHERE indrelid = 'places'::regclass AND indisvalid`).Scan(&valid))
	require.Equal(t, 2, valid)
	require.Equal(t, "2|2|indexes|SQL|V2__indexes.sql|"+itoa(sum(t, "CREATE INDEX CONCURRENTLY places_id ON places (id);\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS places_name ON places (name);\n"))+"|true",
		b.rows(t, "oskari_status_myplaces")[1])
}

// A script that cannot run in a transaction and fails halfway: the
// statements before stay, the migration is recorded as failed, and the
// module is refused until Repair.
func TestNonTransactionalFailure(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := fstest.MapFS{
		"V1__t.sql":   {Data: []byte("CREATE TABLE t (id int, v int);\nINSERT INTO t VALUES (1, 1), (2, 1);")},
		"V2__idx.sql": {Data: []byte("CREATE INDEX CONCURRENTLY t_id ON t (id);\nCREATE UNIQUE INDEX CONCURRENTLY t_v ON t (v);\n")},
	}
	mod := migrate.Module{Name: "core", Scripts: files}
	_, err := migrate.Run(t.Context(), b.config(mod))
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, [2]int{2, 1}, [2]int{merr.Line, merr.Column})
	require.Contains(t, err.Error(), "1 statement(s) before it completed in this run and stay applied, and the migration is recorded as failed")
	rows := b.rows(t, "oskari_status")
	require.Len(t, rows, 2)
	require.True(t, strings.HasSuffix(rows[1], "|false"), rows[1])

	// The failed row blocks the module until repaired.
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.ErrorIs(t, err, migrate.ErrFailedMigration)
	// A failed CREATE INDEX CONCURRENTLY leaves an invalid index behind.
	files["V2__idx.sql"] = &fstest.MapFile{Data: []byte("CREATE INDEX CONCURRENTLY IF NOT EXISTS t_id ON t (id);\n" +
		"DROP INDEX CONCURRENTLY IF EXISTS t_v;\nCREATE INDEX CONCURRENTLY t_v ON t (v);\n")}
	_, err = runRepair(t.Context(), b.config(mod), migrate.RepairOptions{})
	require.NoError(t, err)
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
}

// executeInTransaction=false in a .sql.conf runs a script outside a
// transaction; mixing kinds is refused unless Config.Mixed.
func TestTransactionModes(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mixed := fstest.MapFS{"V1__mixed.sql": {Data: []byte("CREATE TABLE m (id int);\nCREATE INDEX CONCURRENTLY m_id ON m (id);\n")}}
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: mixed}))
	require.ErrorIs(t, err, migrate.ErrMixedScript)
	require.Contains(t, err.Error(), "core: V1__mixed.sql:2:1: ")
	require.False(t, b.tableExists(t, "m"), "nothing ran")

	cfg := b.config(migrate.Module{Name: "core", Scripts: mixed})
	cfg.Mixed = true
	_, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)

	// VACUUM cannot run in a transaction block; with the .sql.conf it runs.
	_, err = migrate.Run(t.Context(), b.config(migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
		"V1__vac.sql":      {Data: []byte("CREATE TABLE v (id int);\nVACUUM ANALYZE v;\n")},
		"V1__vac.sql.conf": {Data: []byte("executeInTransaction=false\n")},
	}}))
	require.NoError(t, err)
}

// A transactional script's own BEGIN and COMMIT do not split its effects
// from its status row: they are dropped with a warning. A failure after the
// script's COMMIT leaves nothing.
func TestExplicitBeginCommitInScript(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__tx.sql": {Data: []byte("BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nSTART TRANSACTION;\nCREATE TABLE b (id int);\nEND;\nSELECT 1/0;\n")},
	}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, 7, merr.Line)
	require.False(t, b.tableExists(t, "a"), "the script's COMMIT did not commit")
	require.False(t, b.tableExists(t, "b"))
	require.Empty(t, b.rows(t, "oskari_status"))

	mod.Scripts.(fstest.MapFS)["V1__tx.sql"] = &fstest.MapFile{Data: []byte("BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n")}
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.True(t, b.tableExists(t, "a"))
	require.Contains(t, b.logs.String(), "the script's own BEGIN and COMMIT are ignored")
	require.Len(t, b.rows(t, "oskari_status"), 1)

	// ROLLBACK would undo the migration itself: refused before running.
	mod.Scripts.(fstest.MapFS)["V2__rb.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE c (id int);\nROLLBACK;\n")}
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.ErrorIs(t, err, migrate.ErrTransactionEnded)
	require.ErrorAs(t, err, &merr)
	require.Equal(t, 2, merr.Line)
	require.False(t, b.tableExists(t, "c"))
}

// Settings a script changes do not leak into the next migration.
func TestSessionHygiene(t *testing.T) {
	t.Parallel()
	b := setup(t)
	var seen string
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		// statement_timeout last: on a loaded machine a statement after it
		// may well take more than 1 ms.
		"V1__set.sql": {Data: []byte("SET lock_timeout = '1ms';\nSET client_min_messages = error;\nSET work_mem = '64kB';\nSELECT set_config('search_path', '', false);\nSET TIME ZONE 'Pacific/Kiritimati';\nSET statement_timeout = '1ms';\n")},
	}, Steps: []migrate.Step{{Version: "2", Up: func(ctx context.Context, tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT concat_ws(' ', current_setting('statement_timeout'), current_setting('lock_timeout'),
			current_setting('client_min_messages'), current_setting('work_mem'), current_setting('search_path'), current_setting('TimeZone') <> 'Pacific/Kiritimati')`).Scan(&seen)
	}}}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	// lock_timeout is Runway's for migrations (Config.MigrationLockTimeout),
	// not the script's 1ms.
	require.Equal(t, `0 2s notice 4MB "$user", public t`, seen)
}

// Scripts psql -1 accepts that a naive guard would refuse: RESET ALL and
// SET TRANSACTION at the start of the transaction.
func TestResetAllAndSetTransactionInScript(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__iso.sql":   {Data: []byte("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;\nCREATE TABLE a (id int);\n")},
		"V2__reset.sql": {Data: []byte("SET work_mem = '64kB';\nCREATE TABLE b (id int);\nRESET ALL;\n")},
		"V3__slow.sql":  {Data: []byte("SET lock_timeout = '1ms';\nSET statement_timeout = '1ms';\n")},
	}}
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, 3, res.Applied())
}

// Where the review found the location wrong: a statement that fails after
// sending its row description (pg_dump's setval), a statement that starts
// mid-line, invalid UTF-8.
func TestMoreErrorLocations(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, script string
		line, column int
		source       string
	}{
		{"setval", "CREATE SEQUENCE s;\nSELECT pg_catalog.setval('s', 0, true);\nCREATE TABLE after_it (id int);\n", 2, 1, "SELECT pg_catalog.setval('s', 0, true);"},
		{"mid-line", "SELECT 1; SELECT nope; SELECT 2;\n", 1, 18, "SELECT 1; SELECT nope; SELECT 2;"},
		{"invalid UTF-8", "SELECT 1;\n-- lis\xe4\xe4 sarake\nSELECT 2;\n", 2, 7, "-- lis\xe4\xe4 sarake"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := setup(t)
			_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__x.sql": {Data: []byte(tt.script)}}}))
			var merr *migrate.MigrationError
			require.ErrorAs(t, err, &merr)
			require.Equal(t, [2]int{tt.line, tt.column}, [2]int{merr.Line, merr.Column}, err.Error())
			require.Equal(t, tt.source, merr.Source)
			require.False(t, b.tableExists(t, "after_it"))
		})
	}
}

// Callback files and Go steps cannot end the migration's transaction
// either; a non-transactional script that leaves one open is a failure.
func TestTransactionEndedElsewhere(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"afterEachMigrate.sql": {Data: []byte("BEGIN; SELECT 1; COMMIT;")},
		"V1__a.sql":            {Data: []byte("CREATE TABLE a (id int);")},
	}, Steps: []migrate.Step{{Version: "2", Up: func(ctx context.Context, tx pgx.Tx) error {
		_, err := tx.Exec(ctx, "CREATE TABLE half (id int); COMMIT")
		return err
	}}}})
	_, err := migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrTransactionEnded)
	require.Len(t, b.rows(t, "oskari_status"), 1, "V1 is recorded with its callback (BEGIN/COMMIT dropped)")
	require.True(t, b.tableExists(t, "a"))
	require.False(t, b.tableExists(t, "half"), "the step's COMMIT is refused before it is sent: nothing of the step stays")

	b2 := setup(t)
	_, err = migrate.Run(t.Context(), b2.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__open.sql":      {Data: []byte("CREATE TABLE a (id int);\nBEGIN;\nCREATE TABLE b (id int);\n")},
		"V1__open.sql.conf": {Data: []byte("executeInTransaction=false")},
	}}))
	require.ErrorIs(t, err, migrate.ErrTransactionEnded)
	rows := b2.rows(t, "oskari_status")
	require.Len(t, rows, 1)
	require.True(t, strings.HasSuffix(rows[0], "|false"), rows[0])
	require.True(t, b2.tableExists(t, "a"))
	require.False(t, b2.tableExists(t, "b"))
}
