package migrate_test

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgserver"
	"github.com/stretchr/testify/require"
)

// planModules exercise what a plan script must carry: a baseline, a
// pg_dump-style script with COPY data and an emptied search_path, a
// script's own BEGIN/COMMIT, a non-transactional script, placeholders,
// callbacks, a repeatable and a Go step.
func planModules() []migrate.Module {
	return []migrate.Module{{
		Name: "core", Baseline: "0.1",
		Scripts: fstest.MapFS{
			"V0_1__below.sql": {Data: []byte("CREATE TABLE never (id int);")},
			"V1_0__dump.sql": {Data: []byte("SET statement_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\n" +
				"CREATE TABLE public.layers (id int PRIMARY KEY, name text);\n" +
				"COPY public.layers (id, name) FROM stdin;\n1\tbase\n2\t\\N\n\\.\n\nSELECT 1;\n")},
			"V1_1__tx.sql":           {Data: []byte("BEGIN;\nCREATE TABLE styles (id int);\nCOMMIT;\n")},
			"V1_2__idx.sql":          {Data: []byte("CREATE INDEX CONCURRENTLY layers_name ON layers (name);\n")},
			"V1_3__ph.sql":           {Data: []byte("CREATE TABLE ${prefix}_t (db text DEFAULT '${flyway:database}');\n")},
			"R__view.sql":            {Data: []byte("CREATE OR REPLACE VIEW v AS SELECT id FROM layers;\n")},
			"afterEachMigrate.sql":   {Data: []byte("CREATE TABLE IF NOT EXISTS public.audit (n int);\nINSERT INTO public.audit VALUES (1);\n")},
			"V1_3__ph.sql.conf":      {Data: []byte("executeInTransaction=true\n")},
			"helper/not-a-migration": {Data: []byte("{}")},
		},
	}, {
		Name:    "myplaces",
		Scripts: fstest.MapFS{"V1__cat.sql": {Data: []byte("CREATE TABLE categories (id int);\n")}},
		Steps:   []migrate.Step{step("1.1", "Default category", "INSERT INTO categories VALUES (1)")},
	}}
}

// The plan script, run with psql on one database, gives the same history
// rows as Migrate on its twin; writing it changes nothing.
func TestPlanSQLMatchesMigrate(t *testing.T) {
	t.Parallel()
	psql := findPsql(t)
	a, b := setup(t), setup(t)
	cfgA := a.config(planModules()...)
	cfgA.Placeholders = map[string]string{"prefix": "p"}
	m, err := migrate.New(cfgA)
	require.NoError(t, err)
	var script bytes.Buffer
	require.NoError(t, m.PlanSQL(t.Context(), &script))
	require.False(t, a.tableExists(t, "oskari_status"), "PlanSQL changes nothing")

	cmd := exec.CommandContext(t.Context(), psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", a.url)
	cmd.Stdin = bytes.NewReader(script.Bytes())
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "psql: %s\nscript:\n%s", out, script.String())
	require.Contains(t, string(out), "Go step V1_1__Default_category of module myplaces is recorded")

	cfgB := b.config(planModules()...)
	cfgB.Placeholders = cfgA.Placeholders
	_, err = migrate.Run(t.Context(), cfgB)
	require.NoError(t, err)
	for _, table := range []string{"oskari_status", "oskari_status_myplaces"} {
		require.Equal(t, b.rows(t, table), a.rows(t, table), table)
	}
	require.True(t, a.tableExists(t, "p_t"))
	var layers int
	require.NoError(t, a.pool.QueryRow(t.Context(), `SELECT count(*) FROM layers WHERE name IS NULL`).Scan(&layers))
	require.Equal(t, 1, layers, "COPY data, \\N included")

	// Up to date, the plan is empty of work.
	script.Reset()
	m, err = migrate.New(cfgB)
	require.NoError(t, err)
	require.NoError(t, m.PlanSQL(t.Context(), &script))
	require.NotContains(t, script.String(), "INSERT INTO")
}

// findPsql finds psql next to the server binaries the tests use.
func findPsql(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("psql"); err == nil {
		return p
	}
	dir, err := pgserver.FindBinDir()
	require.NoError(t, err, "psql is needed: install postgresql-client")
	return filepath.Join(dir, "psql")
}
