package migrate_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgtest"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// bundle is what a database test works with.
type bundle struct {
	url  string
	pool *pgxpool.Pool // for the test's own queries
	logs *bytes.Buffer // JSON log lines written by Run
}

// setup gives the test a fresh database.
func setup(t *testing.T) *bundle {
	t.Helper()
	url := pgtest.NewDatabase(t)
	pool, err := pgxpool.New(t.Context(), url)
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	return &bundle{url: url, pool: pool, logs: &bytes.Buffer{}}
}

// config returns a Config for the test database logging into b.logs.
func (b *bundle) config(mods ...migrate.Module) migrate.Config {
	return migrate.Config{
		DatabaseURL: b.url,
		Modules:     mods,
		Logger:      slog.New(slog.NewJSONHandler(b.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
}

// rows returns "version|description|type|script|checksum|success" per status row.
func (b *bundle) rows(t *testing.T, table string) []string {
	t.Helper()
	rows, err := b.pool.Query(t.Context(), `SELECT installed_rank, coalesce(version, ''), description, type, script,
		coalesce(checksum::text, 'NULL'), success FROM `+pgx.Identifier{table}.Sanitize()+` ORDER BY installed_rank`)
	require.NoError(t, err)
	var out []string
	for rows.Next() {
		var (
			rank                                 int
			version, desc, typ, script, checksum string
			success                              bool
		)
		require.NoError(t, rows.Scan(&rank, &version, &desc, &typ, &script, &checksum, &success))
		out = append(out, fmt.Sprintf("%d|%s|%s|%s|%s|%s|%t", rank, version, desc, typ, script, checksum, success))
	}
	require.NoError(t, rows.Err())
	return out
}

// tableExists reports whether a table of that name exists in public.
func (b *bundle) tableExists(t *testing.T, name string) bool {
	t.Helper()
	var ok bool
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT to_regclass($1) IS NOT NULL`, "public."+name).Scan(&ok))
	return ok
}

// step returns a Go step that runs sql.
func step(version, desc, sql string) migrate.Step {
	return migrate.Step{Version: version, Description: desc, Up: func(ctx context.Context, tx pgx.Tx) error {
		_, err := tx.Exec(ctx, sql)
		return err
	}}
}

// oskariModules are five modules, each with SQL files and a Go step
// interleaved in one version sequence, the way Oskari's modules are.
func oskariModules() []migrate.Module {
	mods := []migrate.Module{{
		Name: "core",
		Scripts: fstest.MapFS{
			"V1_0__create_maplayer.sql":     {Data: []byte("\uFEFFCREATE TABLE oskari_maplayer (\r\n  id serial PRIMARY KEY,\r\n  name text\r\n);")},
			"V1_0_2__add_url.sql":           {Data: []byte("ALTER TABLE oskari_maplayer ADD COLUMN url text;\n")},
			"flyway/oskari/V1_1__users.sql": {Data: []byte("CREATE TABLE oskari_users (id serial PRIMARY KEY, login text UNIQUE);\n")},
			"helper.json":                   {Data: []byte(`{"not": "a migration"}`)},
		},
		Steps: []migrate.Step{step("1.0.1", "Populate layers", "INSERT INTO oskari_maplayer (name) VALUES ('base')")},
	}}
	for _, name := range []string{"myplaces", "analysis", "userlayer", "custom-module"} {
		table := "t_" + name[:3]
		mods = append(mods, migrate.Module{
			Name: name,
			Scripts: fstest.MapFS{
				"V1_0__create.sql": {Data: []byte("CREATE TABLE " + table + " (id int PRIMARY KEY, v text);\n")},
				"V1_2__trigger.sql": {Data: []byte(`CREATE FUNCTION ` + table + `_touch() RETURNS trigger AS $BODY$
BEGIN
  NEW.v := coalesce(NEW.v, 'touched');
  RETURN NEW;
END;
$BODY$ LANGUAGE plpgsql;
CREATE TRIGGER ` + table + `_touch BEFORE INSERT ON ` + table + ` FOR EACH ROW EXECUTE PROCEDURE ` + table + `_touch();
`)},
			},
			Steps: []migrate.Step{step("1_1", "seed", "INSERT INTO "+table+" (id) VALUES (1)")},
		})
	}
	return mods
}

func TestRunFreshDatabase(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mods := oskariModules()
	// core is listed last but runs first.
	res, err := migrate.Run(t.Context(), b.config(append(mods[1:], mods[0])...))
	require.NoError(t, err)

	var order []string
	for _, m := range res.Modules {
		order = append(order, fmt.Sprintf("%s %s %d", m.Module, m.Version, len(m.Applied)))
	}
	require.Equal(t, []string{"core 1.1 4", "myplaces 1.2 3", "analysis 1.2 3", "userlayer 1.2 3", "custom-module 1.2 3"}, order)
	require.Equal(t, 16, res.Applied())
	require.Equal(t, `"public"."oskari_status_myplaces"`, res.Modules[1].StatusTable)

	require.Equal(t, []string{
		"1|1.0|create maplayer|SQL|V1_0__create_maplayer.sql|-2053882159|true",
		"2|1.0.1|Populate layers|JDBC|V1_0_1__Populate_layers|NULL|true",
		"3|1.0.2|add url|SQL|V1_0_2__add_url.sql|-1048215125|true",
		"4|1.1|users|SQL|flyway/oskari/V1_1__users.sql|924851815|true",
	}, b.rows(t, "oskari_status"))
	require.Equal(t, []string{
		"1|1.0|create|SQL|V1_0__create.sql|1391289901|true",
		"2|1.1|seed|JDBC|V1_1__seed|NULL|true",
		"3|1.2|trigger|SQL|V1_2__trigger.sql|1297144|true",
	}, b.rows(t, "oskari_status_custom-module"))

	// The effects are there: the Go step ran between the SQL files.
	var name, url *string
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT name, url FROM oskari_maplayer`).Scan(&name, &url))
	require.Equal(t, "base", *name)
	require.Nil(t, url)
	// The PL/pgSQL trigger works.
	_, err = b.pool.Exec(t.Context(), `INSERT INTO t_cus (id) VALUES (2)`)
	require.NoError(t, err)
	var v string
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT v FROM t_cus WHERE id = 2`).Scan(&v))
	require.Equal(t, "touched", v)

	// Logs follow Oskari's boot sequence.
	logs := b.logs.String()
	require.Contains(t, logs, `"msg":"checking DB status"`)
	for _, m := range []string{"core", "myplaces", "analysis", "userlayer", "custom-module"} {
		require.Contains(t, logs, `"msg":"[`+m+`] DB migrated successfully","module":"`+m+`","applied":`)
	}
	var line map[string]any
	for _, l := range bytes.Split(b.logs.Bytes(), []byte("\n")) {
		if bytes.Contains(l, []byte(`[core] DB migrated successfully`)) {
			require.NoError(t, json.Unmarshal(l, &line))
		}
	}
	require.Equal(t, "core", line["module"])
	require.EqualValues(t, 4, line["applied"])
	require.Equal(t, "1.1", line["version"])
	require.Contains(t, line, "duration_ms")
}

func TestStatusTableLayoutMatchesFlyway(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mods := oskariModules()[:2]
	mods[1].Scripts.(fstest.MapFS)["V1_3__slow.sql"] = &fstest.MapFile{Data: []byte("SELECT pg_sleep(0.05);")}
	_, err := migrate.Run(t.Context(), b.config(mods...))
	require.NoError(t, err)

	rows, err := b.pool.Query(t.Context(), `
SELECT column_name, data_type, coalesce(character_maximum_length, 0), is_nullable, coalesce(column_default, '')
FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'oskari_status_myplaces'
ORDER BY ordinal_position`)
	require.NoError(t, err)
	var cols []string
	for rows.Next() {
		var name, typ, nullable, def string
		var length int
		require.NoError(t, rows.Scan(&name, &typ, &length, &nullable, &def))
		cols = append(cols, fmt.Sprintf("%s %s(%d) %s %s", name, typ, length, nullable, def))
	}
	require.NoError(t, rows.Err())
	require.Equal(t, []string{
		"installed_rank integer(0) NO ",
		"version character varying(50) YES ",
		"description character varying(200) NO ",
		"type character varying(20) NO ",
		"script character varying(1000) NO ",
		"checksum integer(0) YES ",
		"installed_by character varying(100) NO ",
		"installed_on timestamp without time zone(0) NO now()",
		"execution_time integer(0) NO ",
		"success boolean(0) NO ",
	}, cols)

	var indexes []string
	rows, err = b.pool.Query(t.Context(), `SELECT indexdef FROM pg_indexes WHERE tablename = 'oskari_status_myplaces' ORDER BY indexname`)
	require.NoError(t, err)
	for rows.Next() {
		var def string
		require.NoError(t, rows.Scan(&def))
		indexes = append(indexes, def)
	}
	require.Equal(t, []string{
		"CREATE UNIQUE INDEX oskari_status_myplaces_pk ON public.oskari_status_myplaces USING btree (installed_rank)",
		"CREATE INDEX oskari_status_myplaces_s_idx ON public.oskari_status_myplaces USING btree (success)",
	}, indexes)

	var (
		installedBy, currentUser string
		installedOn              time.Time
		execTime                 int
	)
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT installed_by, current_user, installed_on, execution_time
		FROM oskari_status_myplaces WHERE installed_rank = 1`).Scan(&installedBy, &currentUser, &installedOn, &execTime))
	require.Equal(t, currentUser, installedBy)
	require.WithinDuration(t, time.Now(), installedOn, time.Hour) // timestamp without time zone, server-local
	require.GreaterOrEqual(t, execTime, 0)
	// execution_time is the migration's own time in milliseconds.
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT execution_time FROM oskari_status_myplaces WHERE version = '1.3'`).Scan(&execTime))
	require.GreaterOrEqual(t, execTime, 50)
}

func TestInstalledByAndBaseline(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{
		Name:     "myplaces",
		Baseline: "0.1",
		Scripts: fstest.MapFS{
			"V0_1__old.sql": {Data: []byte("SELECT 1/0;")}, // at the baseline: never runs
			"V1_0__new.sql": {Data: []byte("CREATE TABLE t (id int);")},
		},
	})
	cfg.InstalledBy = "deployer"
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Len(t, res.Modules[0].Applied, 1)
	require.Equal(t, []string{
		"1|0.1|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|NULL|true",
		"2|1.0|new|SQL|V1_0__new.sql|92137680|true",
	}, b.rows(t, "oskari_status_myplaces"))
	var by []string
	require.NoError(t, pgxScanColumn(t, b.pool, `SELECT installed_by FROM oskari_status_myplaces`, &by))
	require.Equal(t, []string{"deployer", "deployer"}, by)
}

func pgxScanColumn(t *testing.T, pool *pgxpool.Pool, sql string, dst *[]string) error {
	t.Helper()
	rows, err := pool.Query(t.Context(), sql)
	if err != nil {
		return err
	}
	*dst, err = pgx.CollectRows(rows, pgx.RowTo[string])
	return err
}

func TestSecondRunAppliesNothingAndTakesNoLock(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mods := oskariModules()
	_, err := migrate.Run(t.Context(), b.config(mods...))
	require.NoError(t, err)

	// Another session holds every module's lock: a Run that tried to take
	// one would time out.
	holder, err := pgx.Connect(t.Context(), b.url)
	require.NoError(t, err)
	defer holder.Close(context.Background())
	// Flyway's keys for the five tables (Java hashCode of the quoted name).
	for _, key := range []int64{77431360195782, 77429963639641, 77432077171189, 77433494381823, 77432166459485} {
		_, err = holder.Exec(t.Context(), `SELECT pg_advisory_lock($1)`, key)
		require.NoError(t, err)
	}
	cfg := b.config(mods...)
	cfg.LockTimeout = 100 * time.Millisecond
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Zero(t, res.Applied())
	require.Equal(t, "1.1", res.Modules[0].Version)
	require.NotContains(t, b.logs.String(), "waiting for migration lock")

	// With something pending, the same Run must wait for the lock.
	mods[0].Scripts.(fstest.MapFS)["V2__next.sql"] = &fstest.MapFile{Data: []byte("SELECT 1;")}
	cfg = b.config(mods...)
	cfg.LockTimeout = 100 * time.Millisecond
	_, err = migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrLockTimeout)
}

func TestNewMigrationLaterAppliesOnlyIt(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mods := oskariModules()
	_, err := migrate.Run(t.Context(), b.config(mods...))
	require.NoError(t, err)

	mods[1].Scripts.(fstest.MapFS)["V1_3__more.sql"] = &fstest.MapFile{Data: []byte("ALTER TABLE t_myp ADD COLUMN extra int;")}
	res, err := migrate.Run(t.Context(), b.config(mods...))
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied())
	require.Equal(t, "1.3", res.Modules[1].Applied[0].Version)
	require.Equal(t, "1.3", res.Modules[1].Version)
	rows := b.rows(t, "oskari_status_myplaces")
	require.Len(t, rows, 4)
	require.Equal(t, "4|1.3|more|SQL|V1_3__more.sql|244847752|true", rows[3])
}

func TestSyntaxErrorLocation(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{
		Name: "myplaces",
		Scripts: fstest.MapFS{
			"V1__ok.sql": {Data: []byte("CREATE TABLE first_ok (id int);")},
			// BOM, CRLF, multi-byte characters before the error, and a
			// statement that succeeds before the failing one.
			"sql/V1_2__add.sql": {Data: []byte("\uFEFF-- lisää sarake\r\nCREATE TABLE partial (id int);\r\n\r\nCREATE INDEX ON partial (id);\r\n" +
				"-- ääkköset: ä ö å\r\n  ALTER TABLE partial ADD COLUMN\r\n      x int, ADD COLUMN y tabel;\r\n")},
			"V1_3__never.sql": {Data: []byte("CREATE TABLE never (id int);")},
		},
	}
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.Error(t, err)

	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, "myplaces", merr.Module)
	require.Equal(t, "1.2", merr.Version)
	require.Equal(t, "sql/V1_2__add.sql", merr.Script)
	require.Equal(t, 7, merr.Line)
	require.Equal(t, 27, merr.Column)
	var pgErr *pgconn.PgError
	require.ErrorAs(t, err, &pgErr)
	require.Equal(t, "42704", pgErr.Code) // undefined_object: type "tabel"
	require.Equal(t, "myplaces: sql/V1_2__add.sql:7:27: ERROR: type \"tabel\" does not exist (SQLSTATE 42704)\n"+
		"  7 |       x int, ADD COLUMN y tabel;\n"+
		"    |                           ^", fmt.Sprintf("%+v", err))

	// The first migration stays, nothing of the failed one remains, the
	// third never ran.
	require.Len(t, res.Modules, 1)
	require.Len(t, res.Modules[0].Applied, 1)
	require.Equal(t, []string{"1|1|ok|SQL|V1__ok.sql|-1228619007|true"}, b.rows(t, "oskari_status_myplaces"))
	require.True(t, b.tableExists(t, "first_ok"))
	require.False(t, b.tableExists(t, "partial"))
	require.False(t, b.tableExists(t, "never"))
	require.Contains(t, b.logs.String(), `"msg":"[myplaces] DB migration failed!"`)

	// A parse error (raised before anything runs) is located too.
	mod.Scripts.(fstest.MapFS)["sql/V1_2__add.sql"] = &fstest.MapFile{Data: []byte("SELECT 1;\nSELEC 2;\n")}
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.ErrorAs(t, err, &merr)
	require.Equal(t, [2]int{2, 1}, [2]int{merr.Line, merr.Column})
	require.Equal(t, "myplaces: sql/V1_2__add.sql:2:1: ERROR: syntax error at or near \"SELEC\" (SQLSTATE 42601)\n  2 | SELEC 2;\n    | ^", fmt.Sprintf("%+v", err))
	require.NotContains(t, err.Error(), "\n", "Error is one line")
}

func TestFailingGoStepIsRolledBack(t *testing.T) {
	t.Parallel()
	b := setup(t)
	boom := errors.New("boom")
	for _, up := range []func(context.Context, pgx.Tx) error{
		func(ctx context.Context, tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `CREATE TABLE from_step (id int)`); err != nil {
				return err
			}
			return boom
		},
		func(ctx context.Context, tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `CREATE TABLE from_step (id int)`); err != nil {
				return err
			}
			panic("step bug")
		},
	} {
		mod := migrate.Module{
			Name:    "analysis",
			Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}},
			Steps:   []migrate.Step{{Version: "2", Description: "fill", Script: "fi.nls.oskari.FillStep", Up: up}},
		}
		_, err := migrate.Run(t.Context(), b.config(mod))
		var merr *migrate.MigrationError
		require.ErrorAs(t, err, &merr)
		require.Equal(t, "fi.nls.oskari.FillStep", merr.Script)
		require.Equal(t, "2", merr.Version)
		require.False(t, b.tableExists(t, "from_step"))
		require.Equal(t, []string{"1|1|a|SQL|V1__a.sql|-623083431|true"}, b.rows(t, "oskari_status_analysis"))
	}
	// Version 1 was applied by a script: a step of the same version does
	// not run again, and validation reports the changed type.
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{
		Name:  "analysis",
		Steps: []migrate.Step{{Version: "1", Description: "a", Script: "V1__a.sql", Up: func(context.Context, pgx.Tx) error { return boom }}},
	}))
	require.ErrorIs(t, err, migrate.ErrTypeMismatch)
	require.NotErrorIs(t, err, boom)
}

func TestBadFilesFailBeforeTouchingTheDatabase(t *testing.T) {
	t.Parallel()
	b := setup(t)
	_, err := migrate.Run(t.Context(), b.config(
		migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}},
		migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
			"V1__a.sql":   {Data: []byte("SELECT 1;")},
			"V1_0__b.sql": {Data: []byte("SELECT 1;")},
			"V1.1_x.sql":  {Data: []byte("SELECT 1;")},
			"create.sql":  {Data: []byte("SELECT 1;")},
			"notes.txt":   {Data: []byte("ignored")},
		}},
	))
	require.ErrorIs(t, err, migrate.ErrDuplicateVersion)
	require.ErrorIs(t, err, migrate.ErrInvalidName)
	require.Contains(t, err.Error(), `myplaces: V1__a.sql: duplicate migration version: version 1 is also used by V1_0__b.sql`)
	require.Contains(t, err.Error(), `myplaces: V1.1_x.sql: invalid migration name`)
	require.Contains(t, err.Error(), `myplaces: create.sql: invalid migration name`)
	require.False(t, b.tableExists(t, "oskari_status"), "core must not run when another module is broken")
	require.False(t, b.tableExists(t, "a"))
}

func TestInvalidConfig(t *testing.T) {
	t.Parallel()
	tests := map[string]migrate.Config{
		"bad name":       {Modules: []migrate.Module{{Name: "my places", Steps: []migrate.Step{step("1", "", "")}}}},
		"duplicate name": {Modules: []migrate.Module{{Name: "a", Steps: []migrate.Step{step("1", "", "")}}, {Name: "a", Steps: []migrate.Step{step("1", "", "")}}}},
		"same table": {Modules: []migrate.Module{
			{Name: "a", StatusTable: "s", Steps: []migrate.Step{step("1", "", "")}},
			{Name: "b", StatusTable: "s", Steps: []migrate.Step{step("1", "", "")}},
		}},
		"bad baseline":  {Modules: []migrate.Module{{Name: "a", Baseline: "0.x", Steps: []migrate.Step{step("1", "", "")}}}},
		"no migrations": {Modules: []migrate.Module{{Name: "a"}}},
		"bad pool mode": {PoolMode: "statement", Modules: []migrate.Module{{Name: "a", Steps: []migrate.Step{step("1", "", "")}}}},
	}
	for name, cfg := range tests {
		t.Run(name, func(t *testing.T) {
			cfg.DatabaseURL = "postgres://nobody:secret@127.0.0.1:1/none" // never dialed
			res, err := migrate.Run(t.Context(), cfg)
			require.ErrorIs(t, err, migrate.ErrInvalidConfig)
			require.NotNil(t, res)
			require.Zero(t, res.Applied())
		})
	}
}

func TestChecksumMismatch(t *testing.T) {
	t.Parallel()
	b := setup(t)
	scripts := fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);\n")}, "V2__b.sql": {Data: []byte("SELECT 1;\n")}}
	mod := migrate.Module{Name: "userlayer", Scripts: scripts}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)

	// Line endings and a BOM do not matter (Flyway 4+), content does.
	scripts["V1__a.sql"] = &fstest.MapFile{Data: []byte("\uFEFFCREATE TABLE a (id int);\r\n")}
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)

	scripts["V1__a.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE a (id bigint);\n")}
	scripts["V3__c.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE c (id int);\n")}
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.ErrorIs(t, err, migrate.ErrChecksumMismatch)
	require.Equal(t, "userlayer: V1__a.sql: checksum mismatch for version 1: applied to database: -623083431, resolved locally: 936413492", err.Error())
	require.False(t, b.tableExists(t, "c"), "nothing runs after a mismatch")
}

func TestOutOfOrderAndMissing(t *testing.T) {
	t.Parallel()
	b := setup(t)
	scripts := fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}, "V3__c.sql": {Data: []byte("SELECT 3;")}}
	mod := migrate.Module{Name: "userlayer", Scripts: scripts}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)

	scripts["V2__b.sql"] = &fstest.MapFile{Data: []byte("SELECT 2;")}
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.ErrorIs(t, err, migrate.ErrOutOfOrder)
	require.Contains(t, err.Error(), "userlayer: V2__b.sql: pending migration is older than the applied version: version 2 has not run but the module is already at 3")

	delete(scripts, "V2__b.sql")
	delete(scripts, "V1__a.sql")
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.ErrorIs(t, err, migrate.ErrMissingMigration)

	// A version above every local one is "future" (a newer deployment ran
	// it): ignored, as Flyway does by default.
	delete(scripts, "V3__c.sql")
	scripts["V1__a.sql"] = &fstest.MapFile{Data: []byte("SELECT 1;")}
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, "3", res.Modules[0].Version)
}

func TestFailedRowBlocks(t *testing.T) {
	t.Parallel()
	b := setup(t)
	scripts := fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}
	mod := migrate.Module{Name: "myplaces", Scripts: scripts}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	_, err = b.pool.Exec(t.Context(), `INSERT INTO oskari_status_myplaces VALUES (2, '2', 'broken', 'SQL', 'V2__broken.sql', 0, 'flyway', now(), 5, false)`)
	require.NoError(t, err)

	// A failed version above every local one is a newer deployment's
	// failure: ignored with the future migrations, as in Flyway.
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)

	scripts["V2__broken.sql"] = &fstest.MapFile{Data: []byte("SELECT 2;")}
	scripts["V3__next.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE never (id int);")}
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.ErrorIs(t, err, migrate.ErrFailedMigration)
	require.Contains(t, err.Error(), "myplaces: V2__broken.sql: status table records a failed migration: version 2 (broken)")
	require.False(t, b.tableExists(t, "never"))
}

func TestConcurrentRunsApplyEachMigrationOnce(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mods := oskariModules()
	// Every migration of core bumps a counter: a migration run twice shows.
	mods[0].Steps = append(mods[0].Steps, step("1.2", "count", "CREATE TABLE runs (n int); INSERT INTO runs VALUES (1)"))
	mods[0].Scripts.(fstest.MapFS)["V1_3__count.sql"] = &fstest.MapFile{Data: []byte("SELECT pg_sleep(0.2); UPDATE runs SET n = n + 1;")}

	const runners = 8
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		applied int
		errs    []error
	)
	for range runners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := migrate.Run(t.Context(), migrate.Config{DatabaseURL: b.url, Modules: mods})
			mu.Lock()
			defer mu.Unlock()
			applied += res.Applied()
			errs = append(errs, err)
		}()
	}
	wg.Wait()
	require.NoError(t, errors.Join(errs...))
	require.Equal(t, 18, applied, "every migration applied by exactly one runner")
	var n int
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT n FROM runs`).Scan(&n))
	require.Equal(t, 2, n)
	for _, table := range []string{"oskari_status", "oskari_status_myplaces", "oskari_status_custom-module"} {
		var total, distinct int
		require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT count(*), count(DISTINCT version) FROM `+pgx.Identifier{table}.Sanitize()).Scan(&total, &distinct))
		require.Equal(t, distinct, total, table)
	}
}

func TestLockKeysOnTheServer(t *testing.T) {
	t.Parallel()
	b := setup(t)
	// A Go step reports the advisory locks held while it runs.
	seen := map[string][]int64{}
	probe := func(module string) migrate.Step {
		return migrate.Step{Version: "2", Up: func(ctx context.Context, tx pgx.Tx) error {
			rows, err := tx.Query(ctx, `SELECT (classid::bigint << 32) | objid::bigint FROM pg_locks
				WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted`)
			if err != nil {
				return err
			}
			seen[module], err = pgx.CollectRows(rows, pgx.RowTo[int64])
			return err
		}}
	}
	_, err := migrate.Run(t.Context(), b.config(
		migrate.Module{Name: "myplaces", Steps: []migrate.Step{probe("myplaces")}},
		migrate.Module{Name: "core", Steps: []migrate.Step{probe("core")}},
	))
	require.NoError(t, err)
	// Keys from the spec, as Flyway computes them for these tables.
	require.Equal(t, map[string][]int64{"core": {77431360195782}, "myplaces": {77429963639641}}, seen)

	// And the lock is released afterwards.
	var held int
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&held))
	require.Zero(t, held)
}

func TestLockTimeoutNamesHolder(t *testing.T) {
	t.Parallel()
	b := setup(t)
	// The same key held in another database of the server is not the holder.
	otherCfg, err := pgx.ParseConfig(pgtest.NewDatabase(t))
	require.NoError(t, err)
	otherCfg.RuntimeParams["application_name"] = "other-database"
	other, err := pgx.ConnectConfig(t.Context(), otherCfg)
	require.NoError(t, err)
	defer other.Close(context.Background())
	_, err = other.Exec(t.Context(), `SELECT pg_advisory_lock(77431360195782)`)
	require.NoError(t, err)

	holderCfg, err := pgx.ParseConfig(b.url)
	require.NoError(t, err)
	holderCfg.RuntimeParams["application_name"] = "flyway-java"
	holder, err := pgx.ConnectConfig(t.Context(), holderCfg)
	require.NoError(t, err)
	defer holder.Close(context.Background())
	_, err = holder.Exec(t.Context(), `SELECT pg_advisory_lock(77431360195782)`)
	require.NoError(t, err)

	cfg := b.config(migrate.Module{Name: "core", Steps: []migrate.Step{step("1", "x", "SELECT 1")}})
	cfg.LockTimeout = 300 * time.Millisecond
	start := time.Now()
	_, err = migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrLockTimeout)
	require.Less(t, time.Since(start), 10*time.Second)
	require.Contains(t, err.Error(), `application "flyway-java"`)
	require.Contains(t, err.Error(), "lock key 77431360195782")
	require.Contains(t, b.logs.String(), `"msg":"waiting for migration lock"`)

	// Canceling the context stops the wait too.
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	cfg.LockTimeout = -1
	_, err = migrate.Run(ctx, cfg)
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

func TestSessionRestoredBetweenMigrations(t *testing.T) {
	t.Parallel()
	b := setup(t)
	_, err := b.pool.Exec(t.Context(), `CREATE ROLE runway_other`)
	if err != nil {
		var pgErr *pgconn.PgError
		require.ErrorAs(t, err, &pgErr)
		require.Equal(t, "42710", pgErr.Code) // already exists: roles are cluster-wide
	}
	mod := migrate.Module{
		Name: "core",
		Scripts: fstest.MapFS{
			// pg_dump preamble: the next script uses unqualified names.
			"V1__dump.sql": {Data: []byte("SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE public.a (id int);\nSET ROLE runway_other;\nSET statement_timeout = 1;\n")},
			"V2__next.sql": {Data: []byte("SELECT pg_sleep(0.05);\nCREATE TABLE b (id int);\nINSERT INTO a SELECT 1;\n")},
		},
		Steps: []migrate.Step{{Version: "3", Up: func(ctx context.Context, tx pgx.Tx) error {
			var user, path string
			if err := tx.QueryRow(ctx, `SELECT current_user, current_setting('search_path')`).Scan(&user, &path); err != nil {
				return err
			}
			if user == "runway_other" || path == "" {
				return fmt.Errorf("session not restored: user %s, search_path %q", user, path)
			}
			return nil
		}}},
	}
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	var owner string
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT tableowner FROM pg_tables WHERE tablename = 'b'`).Scan(&owner))
	require.NotEqual(t, "runway_other", owner)
}

func TestPoolConnectionReturnedClean(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__a.sql": {Data: []byte("SET search_path = ''; CREATE TABLE public.a (id int);")},
	}})
	poolCfg, err := pgxpool.ParseConfig(b.url)
	require.NoError(t, err)
	poolCfg.MaxConns = 1
	pool, err := pgxpool.NewWithConfig(t.Context(), poolCfg)
	require.NoError(t, err)
	defer pool.Close()
	cfg.DatabaseURL, cfg.Pool = "", pool
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied())
	var path string
	require.NoError(t, pool.QueryRow(t.Context(), `SHOW search_path`).Scan(&path))
	require.Equal(t, `"$user", public`, path)
}

func TestCustomSchemaAndPrefix(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
		"V1__a.sql": {Data: []byte("CREATE TABLE places (id int);")},
	}})
	cfg.Schema = "Geo Data"
	cfg.StatusTablePrefix = "flyway_history"
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, `"Geo Data"."flyway_history_myplaces"`, res.Modules[0].StatusTable)
	var rows []string
	require.NoError(t, pgxScanColumn(t, b.pool, `SELECT concat_ws('|', installed_rank, version, description, type, script, success)
		FROM "Geo Data".flyway_history_myplaces ORDER BY installed_rank`, &rows))
	require.Equal(t, []string{
		`0|<< Flyway Schema Creation >>|SCHEMA|"Geo Data"|t`, // the schema Runway created, as Flyway records it
		`1|1|a|SQL|V1__a.sql|t`,
	}, rows)
	// Migrations run with the schema first in search_path, as in Flyway.
	var n int
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT count(*) FROM "Geo Data".places`).Scan(&n))
}

func TestNoSecretsInErrorsOrLogs(t *testing.T) {
	t.Parallel()
	const secret = "s3cr3t-pw"
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	mods := []migrate.Module{{Name: "core", Steps: []migrate.Step{step("1", "", "SELECT 1")}}}
	for _, url := range []string{
		"postgres://runway:" + secret + "@127.0.0.1:1/db?connect_timeout=1", // refused
		"postgres://runway:" + secret + "@127.0.0.1:1/db?sslmode=bogus",     // unparsable
		"host=127.0.0.1 port=1 password=" + secret + " connect_timeout=1",
		"postgres://runway:" + secret + "@[::1/db",
	} {
		_, err := migrate.Run(t.Context(), migrate.Config{DatabaseURL: url, Modules: mods, Logger: log})
		require.Error(t, err)
		require.NotContains(t, err.Error(), secret)
	}
	require.NotContains(t, logs.String(), secret)
	require.Contains(t, logs.String(), "DB migration failed!")
}

// A Config without modules is a mistake, not a run with nothing to do.
func TestNoModulesIsAnError(t *testing.T) {
	t.Parallel()
	res, err := migrate.Run(t.Context(), migrate.Config{})
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	require.ErrorContains(t, err, "no modules")
	require.Empty(t, res.Modules)
}

// runInfo is New followed by Migrator.Info.
func runInfo(ctx context.Context, cfg migrate.Config) ([]migrate.ModuleStatus, error) {
	m, err := migrate.New(cfg)
	if err != nil {
		return nil, err
	}
	return m.Info(ctx)
}

// runValidate is New followed by Migrator.Validate.
func runValidate(ctx context.Context, cfg migrate.Config) error {
	m, err := migrate.New(cfg)
	if err != nil {
		return err
	}
	return m.Validate(ctx)
}

// runRepair is New followed by Migrator.Repair.
func runRepair(ctx context.Context, cfg migrate.Config, opts migrate.RepairOptions) (*migrate.RepairResult, error) {
	m, err := migrate.New(cfg)
	if err != nil {
		return nil, err
	}
	return m.Repair(ctx, opts)
}

// runUndo is New followed by Migrator.Undo.
func runUndo(ctx context.Context, cfg migrate.Config, module, target string) (*migrate.ModuleResult, error) {
	m, err := migrate.New(cfg)
	if err != nil {
		return nil, err
	}
	return m.Undo(ctx, module, target)
}

// runBaseline is New followed by Migrator.Baseline.
func runBaseline(ctx context.Context, cfg migrate.Config, module, version, description string) error {
	m, err := migrate.New(cfg)
	if err != nil {
		return err
	}
	return m.Baseline(ctx, module, migrate.BaselineOptions{Version: version, Description: description})
}
