package migrate_test

import (
	"context"
	"fmt"
	"io/fs"
	"net"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// R1: with no current schema (search_path names no existing schema) and no
// Config.Schema, New/Run should fail with the friendly ErrInvalidConfig
// ("the connection has no current schema"), as before the refactor.
func TestNoCurrentSchemaIsAConfigError(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}})
	cfg.DatabaseURL = b.url + "&search_path=no_such_schema"
	_, err := migrate.Run(t.Context(), cfg)
	t.Logf("err: %v", err)
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
}

// R2: AutoRepair upgrades a Flyway 3 table even when the run then fails
// validation (here: an out-of-order migration that repair cannot fix).
func TestAutoRepairLeavesFlyway3TableOnFailure(t *testing.T) {
	t.Parallel()
	b := setup(t)
	legacyCreateTable(t, b, fwTestdata("flyway3"))
	files := fstest.MapFS{}
	for _, s := range legacyScripts() {
		body, err := fsReadFile(fwTestdata("flyway3"), s.script)
		require.NoError(t, err)
		files[s.script] = &fstest.MapFile{Data: body}
	}
	files["V0_5__late.sql"] = &fstest.MapFile{Data: []byte("SELECT 1;")} // Ignored: ErrOutOfOrder
	cfg := b.config(migrate.Module{Name: "analysis", Scripts: files})
	cfg.AutoRepair = true
	_, err := migrate.Run(t.Context(), cfg)
	t.Logf("err: %v", err)
	require.ErrorIs(t, err, migrate.ErrOutOfOrder)
	require.True(t, legacyColumnExists(t, b, legacyTable, "version_rank"), "the Flyway 3 table was upgraded by a run that did not go ahead")
}

// R3: a Flyway 3 table, nothing pending, an afterMigrate callback: the run
// writes no status row, yet the table is upgraded (Plan says it would not be).
func TestPerRunCallbackDoesNotUpgradeFlyway3Table(t *testing.T) {
	t.Parallel()
	b := setup(t)
	legacyCreateTable(t, b, fwTestdata("flyway3"))
	files := fstest.MapFS{}
	for _, s := range legacyScripts() {
		body, err := fsReadFile(fwTestdata("flyway3"), s.script)
		require.NoError(t, err)
		files[s.script] = &fstest.MapFile{Data: body}
	}
	files["afterMigrate.sql"] = &fstest.MapFile{Data: []byte("SELECT 1;")}
	cfg := b.config(migrate.Module{Name: "analysis", Scripts: files})
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	p, err := m.Plan(t.Context())
	require.NoError(t, err)
	t.Logf("plan: %+v", p.Modules[0])
	require.False(t, p.Modules[0].UpgradeLegacy)
	res, err := m.Migrate(t.Context())
	require.NoError(t, err)
	require.Zero(t, res.Applied())
	require.True(t, legacyColumnExists(t, b, legacyTable, "version_rank"), "upgraded with nothing pending, contrary to Plan and doc.go")
}

// R4: Undo on a Flyway 3 table upgrades it, then refuses (no undo script).
func TestUndoRefusedLeavesFlyway3Table(t *testing.T) {
	t.Parallel()
	b := setup(t)
	legacyCreateTable(t, b, fwTestdata("flyway3"))
	files := fstest.MapFS{}
	for _, s := range legacyScripts() {
		body, err := fsReadFile(fwTestdata("flyway3"), s.script)
		require.NoError(t, err)
		files[s.script] = &fstest.MapFile{Data: body}
	}
	m, err := migrate.New(b.config(migrate.Module{Name: "analysis", Scripts: files}))
	require.NoError(t, err)
	_, err = m.Undo(t.Context(), "analysis", "1.1")
	t.Logf("err: %v", err)
	require.ErrorIs(t, err, migrate.ErrNoUndo)
	require.True(t, legacyColumnExists(t, b, legacyTable, "version_rank"), "Undo upgraded the table and then undid nothing")
}

// R5: stepTx.Begin returns an unwrapped savepoint: COMMIT through it, then
// more work, and the later work is kept.
func TestStepSavepointCommitIsRefused(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Steps: []migrate.Step{{Version: "1", Description: "commits", Up: func(ctx context.Context, tx pgx.Tx) error {
		sp, err := tx.Begin(ctx)
		if err != nil {
			return err
		}
		if _, err := sp.Exec(ctx, `COMMIT`); err != nil {
			return err
		}
		_, err = sp.Exec(ctx, `CREATE TABLE after_commit (id int)`)
		return err
	}}}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	t.Logf("err: %v", err)
	require.ErrorIs(t, err, migrate.ErrTransactionEnded)
	require.False(t, b.tableExists(t, "after_commit"), "the work after COMMIT must be rolled back/refused")
}

// R5b: a multi-statement Exec "COMMIT; CREATE ..." in a Go step is refused
// before it is sent.
func TestStepMultiStatementCommitRefused(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Steps: []migrate.Step{step("1", "commits", `COMMIT; CREATE TABLE after_commit (id int)`)}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	t.Logf("err: %v", err)
	require.ErrorIs(t, err, migrate.ErrTransactionEnded)
	require.False(t, b.tableExists(t, "after_commit"), "the work after COMMIT must be rolled back/refused")
}

// R6: a Go step cancelled with Config.Pool: is the server statement gone
// when Run returns?
func TestCancelGoStepWithPool(t *testing.T) {
	t.Parallel()
	for i := range 3 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			poolCfg, err := pgxpool.ParseConfig(b.url)
			require.NoError(t, err)
			pool, err := pgxpool.NewWithConfig(t.Context(), poolCfg)
			require.NoError(t, err)
			defer pool.Close()
			cfg := b.config(migrate.Module{Name: "core", Steps: []migrate.Step{step("1", "slow", `SELECT pg_sleep(5)`)}})
			cfg.DatabaseURL, cfg.Pool = "", pool
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			time.AfterFunc(time.Second, cancel)
			start := time.Now()
			_, err = migrate.Run(ctx, cfg)
			t.Logf("Run returned after %s: %v", time.Since(start).Round(10*time.Millisecond), err)
			sleeping := count(t, b.pool, `SELECT count(*) FROM pg_stat_activity
				WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%pg_sleep%'`)
			locks := count(t, b.pool, `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'
				AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`)
			require.Equal(t, "0 0", fmt.Sprintf("%d %d", sleeping, locks))
		})
	}
}

// R7: a status table name that is also a pg_catalog relation is shadowed
// by pg_catalog in the one-query read.
func TestCatalogNameDoesNotShadowStatusTable(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", StatusTable: "pg_settings", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	t.Logf("first: %v", err)
	require.NoError(t, err)
	_, err = migrate.Run(t.Context(), b.config(mod))
	t.Logf("second: %v", err)
	require.NoError(t, err)
}

func fsReadFile(fsys fs.FS, name string) ([]byte, error) { return fs.ReadFile(fsys, name) }

// R8: hostile schema and table names survive the one-query read.
func TestHostileSchemaAndTableNames(t *testing.T) {
	t.Parallel()
	b := setup(t)
	for _, tc := range []struct{ schema, table string }{
		{"", `we"ird'na\me`},
		{`Sch"e'm\a`, `T ab"le'`},
		{`public`, `Upper`},
	} {
		mod := migrate.Module{Name: "core", StatusTable: tc.table, Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}}
		cfg := b.config(mod)
		cfg.Schema = tc.schema
		for i := range 2 {
			res, err := migrate.Run(t.Context(), cfg)
			require.NoError(t, err, "%q %q run %d", tc.schema, tc.table, i)
			require.Equal(t, 1-i, res.Applied())
		}
		m, _ := migrate.New(cfg)
		st, err := m.Info(t.Context())
		require.NoError(t, err)
		require.True(t, st[0].Exists)
	}
}

// R9: a temp table shadowing a missing status table on a pooled connection.
func TestTempTableDoesNotShadowStatusTable(t *testing.T) {
	t.Parallel()
	b := setup(t)
	poolCfg, err := pgxpool.ParseConfig(b.url)
	require.NoError(t, err)
	poolCfg.MaxConns = 1
	pool, err := pgxpool.NewWithConfig(t.Context(), poolCfg)
	require.NoError(t, err)
	defer pool.Close()
	_, err = pool.Exec(t.Context(), `CREATE TEMP TABLE oskari_status (installed_rank int, version text, description text, type text, script text, checksum int, installed_by text, installed_on timestamp, execution_time int, success bool);
		INSERT INTO oskari_status VALUES (1, '7', 'x', 'SQL', 'V7__x.sql', 1, 'me', now(), 1, false)`)
	require.NoError(t, err)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}})
	cfg.DatabaseURL, cfg.Pool = "", pool
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	st, err := m.Info(t.Context())
	require.NoError(t, err)
	t.Logf("%s", st[0])
	require.Len(t, st[0].Migrations, 1, "Info merged the temp table's rows")
}

// R10: a context cancelled between migrations does not stop the run: each
// later migration starts anyway and races a cancel request.
func TestCancelledBetweenMigrations(t *testing.T) {
	t.Parallel()
	b := setup(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	files := fstest.MapFS{}
	for i := 2; i <= 30; i++ {
		files[fmt.Sprintf("V%d__t.sql", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("CREATE TABLE t%d (id int);", i))}
	}
	mod := migrate.Module{Name: "core", Scripts: files, Steps: []migrate.Step{{Version: "1", Description: "cancels", Up: func(context.Context, pgx.Tx) error {
		cancel()
		return nil
	}}}}
	res, err := migrate.Run(ctx, b.config(mod))
	t.Logf("applied %d after the context was cancelled in V1; err: %v", res.Applied(), err)
	require.LessOrEqual(t, res.Applied(), 1)
}

func TestNilLocationFS(t *testing.T) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("New panicked: %v", r)
		}
	}()
	_, err := migrate.New(migrate.Config{DatabaseURL: "postgres://x@y/z", Modules: []migrate.Module{{Name: "core",
		Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}, Locations: []migrate.Location{{Name: "extra"}}}}})
	t.Logf("err: %v", err)
}

func TestJavaStepEmptyName(t *testing.T) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panicked: %v", r)
		}
	}()
	_, err := migrate.JavaStep("", nil)
	t.Logf("JavaStep(\"\"): %v", err)
}

// R11: scripts over 1 MiB are streamed: they still apply, COPY works, an
// error at the end is located, and the checksum matches Checksum.
func TestLargeScriptsStream(t *testing.T) {
	t.Parallel()
	b := setup(t)
	var big strings.Builder
	big.WriteString("CREATE TABLE big (id int, s text);\n")
	for big.Len() < 1<<20+1000 {
		fmt.Fprintf(&big, "INSERT INTO big VALUES (%d, '%s');\n", big.Len(), strings.Repeat("x", 100))
	}
	big.WriteString("COPY big (id, s) FROM stdin;\n1\tone\n2\ttwo\n\\.\n")
	body := big.String()
	bad := body + "SELECT * FROM nope;\n"
	lines := strings.Count(bad, "\n")
	files := fstest.MapFS{"V1__big.sql": {Data: []byte(body)}, "R__big.sql": {Data: []byte("-- ${flyway:user}\n" + body[:0] + strings.Repeat("-- pad\n", 200000) + "SELECT 1;\n")}}
	res, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: files}))
	require.NoError(t, err)
	require.Equal(t, 2, res.Applied())
	sum, _ := migrate.Checksum(strings.NewReader(body))
	require.Equal(t, sum, *res.Modules[0].Applied[0].Checksum)
	require.Equal(t, 2+count(t, b.pool, `SELECT count(*) FROM big WHERE id > 2`), count(t, b.pool, `SELECT count(*) FROM big`))

	files["V2__bad.sql"] = &fstest.MapFile{Data: []byte(strings.Replace(bad, "big", "big2", -1))}
	_, err = migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: files}))
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	t.Logf("%+v", err)
	require.Equal(t, lines, merr.Line)
	require.False(t, b.tableExists(t, "big2"))
	// No change, nothing to do.
	res, err = migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__big.sql": files["V1__big.sql"], "R__big.sql": files["R__big.sql"]}}))
	require.NoError(t, err)
	require.Zero(t, res.Applied())
}

// R12: a hook error that wraps a *MigrationError on a non-transactional
// script panics recordFailure's type assertion.
func TestHookErrorOnNonTransactionalScript(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__a.sql":      {Data: []byte("SELECT 1;")},
		"V1__a.sql.conf": {Data: []byte("executeInTransaction=false\n")},
	}})
	cfg.Hooks = []migrate.Hook{{Event: migrate.AfterEachMigrate, Run: func(ctx context.Context, e migrate.HookEvent) error {
		return &migrate.MigrationError{Module: "other", Err: fmt.Errorf("boom")}
	}}}
	_, err := runNoPanic(t.Context(), cfg)
	t.Logf("err: %v", err)
	require.NotContains(t, fmt.Sprint(err), "panicked")
}

// R13: a run that fails on a bad Target creates the status table first.
func TestBadTargetCreatesNoTable(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Target: "5", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	t.Logf("err: %v", err)
	require.ErrorIs(t, err, migrate.ErrTargetNotFound)
	require.False(t, b.tableExists(t, "oskari_status"), "the failed run created the status table")
}

func TestMalformedTargetInNew(t *testing.T) {
	_, err := migrate.New(migrate.Config{DatabaseURL: "postgres://x@y/z", Modules: []migrate.Module{{Name: "core", Target: "abc",
		Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}}}})
	require.ErrorIs(t, err, migrate.ErrInvalidConfig, "a malformed Target passes New")
}

// Status rows are read whatever DateStyle the session has.
func TestStatusReadWithOtherDateStyle(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	cfg := b.config(mod)
	cfg.DatabaseURL = b.url + "&datestyle=SQL,DMY"
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	st, err := m.Info(t.Context())
	require.NoError(t, err)
	require.Equal(t, time.Now().UTC().Year(), st[0].Migrations[0].InstalledOn.Year())
}

// A host that accepts TCP and never answers fails the boot within
// Config.ConnectTimeout instead of hanging it.
func TestConnectTimeout(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // hold the connection open, say nothing
		}
	}()
	cfg := migrate.Config{DatabaseURL: "postgres://nobody:secret@" + ln.Addr().String() + "/db?sslmode=disable",
		ConnectTimeout: 300 * time.Millisecond,
		Modules:        []migrate.Module{{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}}}}
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	start := time.Now()
	_, err = migrate.Run(ctx, cfg)
	require.Error(t, err)
	require.Less(t, time.Since(start), 10*time.Second, "bounded by ConnectTimeout, not by the caller's minute")
	var cerr *pgconn.ConnectError
	require.ErrorAs(t, err, &cerr)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.NotContains(t, err.Error(), "secret")
	require.NoError(t, ctx.Err())
}

// A connection lost during a migration is a typed error saying the outcome
// is not known, and the next run reads the status table again.
func TestConnectionLostIsTyped(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__a.sql":    {Data: []byte("CREATE TABLE a (id int);")},
		"V2__slow.sql": {Data: []byte("SELECT pg_sleep(30);\nCREATE TABLE late (id int);")},
	}}
	cfg := b.config(mod)
	cfg.DatabaseURL += "&application_name=runway-lost"
	go func() {
		for range 200 {
			time.Sleep(50 * time.Millisecond)
			var n int
			_ = b.pool.QueryRow(context.Background(), `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
				WHERE application_name = 'runway-lost' AND query LIKE '%pg_sleep%' AND state = 'active'`).Scan(&n)
			if n > 0 {
				return
			}
		}
	}()
	_, err := migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrConnectionLost)
	require.Contains(t, err.Error(), "may or may not have committed")
	require.False(t, b.tableExists(t, "late"))

	mod.Scripts.(fstest.MapFS)["V2__slow.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE late (id int);")}
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied(), "V2 was not recorded: the next run read the table and applied it")
	require.True(t, b.tableExists(t, "late"))
}

// A migration's query results are discarded as they stream: a script that
// selects a million rows costs no memory. (Not parallel: it measures the
// process's allocations.)
func TestResultsDiscarded(t *testing.T) {
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__big_select.sql": {Data: []byte("SELECT g, repeat('x', 100) FROM generate_series(1, 1000000) g;\n")},
	}}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	runtime.ReadMemStats(&after)
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("allocated %d MB while 110 MB of rows streamed", allocated>>20)
	require.Less(t, allocated, uint64(32<<20), "the rows were kept")
}

// The quoted line of an error is bounded: a 400 KB one-line statement is
// quoted around the column, with the caret under the right character.
func TestLongLineExcerptBounded(t *testing.T) {
	t.Parallel()
	b := setup(t)
	prefix := "SELECT '" + strings.Repeat("x", 400000) + "', "
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__long.sql": {Data: []byte(prefix + "nope;\n")},
	}}))
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, 1, merr.Line)
	require.Equal(t, len(prefix)+1, merr.Column)
	x := merr.Excerpt()
	require.Less(t, len(x), 500, x)
	lines := strings.Split(x, "\n")
	require.Len(t, lines, 2)
	caret := strings.IndexRune(lines[1], '^')
	require.Equal(t, "nope", string([]rune(lines[0])[utf8.RuneCountInString(lines[1][:caret]):][:4]), x)
	require.Less(t, len(fmt.Sprintf("%+v", err)), 1000)
}
