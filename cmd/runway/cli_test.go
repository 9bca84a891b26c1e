package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgtest"
)

// TestCLI runs the runway binary against real databases, one per subtest.
// Every subtest reads its configuration with LoadConfig (oskari.properties
// and DB_URL).
func TestCLI(t *testing.T) {
	bin := buildRunway(t)
	for name, fn := range map[string]func(t *testing.T, p *project){
		"migrate dry run changes nothing":  testMigrateDryRun,
		"migrate target":                   testMigrateTarget,
		"info json":                        testInfoJSON,
		"validate exit status":             testValidate,
		"new creates the next file":        testNew,
		"repair dry run changes nothing":   testRepair,
		"repair drops an INVALID index":    testRepairInvalidIndex,
		"undo dry run changes nothing":     testUndo,
		"baseline dry run changes nothing": testBaseline,
		"failures print one line":          testFailures,
		"plan script gives migrate's rows": testPlanSQL,
		"restore a snapshot":               testRestore,
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			fn(t, newProject(t, bin))
		})
	}
}

// A dry run leaves the database byte for byte as it was, whether the
// status tables are missing or up to date but for a new file.
func testMigrateDryRun(t *testing.T, p *project) {
	before := p.snapshot(t)
	out := p.ok(t, "migrate")
	require.Regexp(t, `core \("public"."oskari_status"\): version .*, 3 pending, status table to create`, out)
	require.Contains(t, out, "V1_31_5__analysis_style.sql (in a transaction)")
	require.Contains(t, out, "Dry run: nothing changed")
	require.Equal(t, before, p.snapshot(t), "migrate without -no-dry-run changed the database")

	out = p.ok(t, "migrate", "-no-dry-run")
	require.Contains(t, out, "analysis: version 1.31.5, 2 applied")
	require.Contains(t, p.statusTables(t, historyColumns), "V2_1__default_layers.sql")

	require.NoError(t, os.WriteFile(filepath.Join(p.dir, "sql/analysis/V1_32__more.sql"), []byte("CREATE TABLE more (id int);\n"), 0o644))
	before = p.snapshot(t)
	out = p.ok(t, "migrate")
	require.Contains(t, out, "analysis (\"public\".\"oskari_status_analysis\"): version 1.31.5, 1 pending\n  1.32       SQL  V1_32__more.sql")
	require.Equal(t, before, p.snapshot(t), "migrate without -no-dry-run changed the database")

	p.ok(t, "migrate", "-no-dry-run")
	require.Contains(t, p.ok(t, "migrate"), "Dry run: up to date")
}

func testMigrateTarget(t *testing.T, p *project) {
	p.ok(t, "migrate", "-no-dry-run", "-target", "myplaces=1.0", "-target", "analysis=1.0")
	info := p.info(t)
	require.Equal(t, "2.1", info["core"].Version)
	require.Equal(t, "1.0", info["myplaces"].Version)
	require.Equal(t, []string{"1.0: Success", "1.1: Pending"}, states(info["myplaces"]), "info has no target")
	require.Equal(t, "1.0", info["analysis"].Version)

	require.Contains(t, p.fails(t, 2, "migrate", "-target", "nope=1"), `no module named "nope"`)
	p.ok(t, "migrate", "-no-dry-run")
	require.Equal(t, "1.1", p.info(t)["myplaces"].Version)
}

func testInfoJSON(t *testing.T, p *project) {
	out := p.ok(t, "info")
	require.Contains(t, out, "| Category  | Version | Description     | Type | Installed On | State   |")
	require.Equal(t, []string{"2.0.1: Pending", "2.0.2: Pending", "2.1: Pending"}, states(p.info(t)["core"]))

	p.ok(t, "migrate", "-no-dry-run")
	info := p.info(t)
	require.Len(t, info, 3)
	require.Equal(t, []string{"1.0: Success", "1.31.5: Success"}, states(info["analysis"]))
	an := info["analysis"]
	require.True(t, an.Exists)
	require.Equal(t, `"public"."oskari_status_analysis"`, an.StatusTable)
	require.Equal(t, "1.31.5", an.Version)
	last := an.Migrations[len(an.Migrations)-1]
	require.Equal(t, "V1_31_5__analysis_style.sql", last.Script)
	require.Equal(t, migrate.CategoryVersioned, last.Category)
	require.NotNil(t, last.Checksum)
	require.False(t, last.InstalledOn.IsZero())
}

func testValidate(t *testing.T, p *project) {
	r := p.run(t, "validate")
	require.Equal(t, 1, r.code, "pending migrations are findings")
	require.Len(t, strings.Split(strings.TrimSpace(r.stdout), "\n"), 7, r.stdout)
	require.Contains(t, r.stdout, "analysis: V1_0__create_analysis.sql: resolved migration not applied: version 1.0\n")
	require.Equal(t, "runway: validation found 7 problem(s)\n", r.stderr)

	p.ok(t, "migrate", "-no-dry-run")
	require.Equal(t, "3 module(s) validated: no problems\n", p.ok(t, "validate"))
	require.Equal(t, "[]\n", p.ok(t, "validate", "-json"))

	p.exec(t, `UPDATE oskari_status_analysis SET checksum = 42 WHERE version = '1.0'`)
	line := p.fails(t, 1, "validate")
	require.Equal(t, "runway: validation found 1 problem(s)", line)
	r = p.run(t, "validate", "-json")
	require.Equal(t, 1, r.code)
	var findings []finding
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &findings))
	require.Len(t, findings, 1)
	require.Equal(t, "analysis", findings[0].Module)
	require.Equal(t, "1.0", findings[0].Version)
	require.Contains(t, findings[0].Error, "checksum mismatch")

	require.Contains(t, p.fails(t, 1, "migrate"), "problem(s) would stop migrate", "a dry run fails on what would stop migrate")
}

func testNew(t *testing.T, p *project) {
	require.Equal(t, "sql/analysis/V1_31_6__add_index.sql\n", p.ok(t, "new", "analysis", "add index"))
	body, err := os.ReadFile(filepath.Join(p.dir, "sql/analysis/V1_31_6__add_index.sql"))
	require.NoError(t, err)
	require.Equal(t, "-- add index\n", string(body))
	require.Equal(t, "sql/analysis/V1_31_7__more_indexes.sql\n", p.ok(t, "new", "analysis", "  more   indexes "))

	require.Contains(t, p.fails(t, 1, "new", "myplaces", "x"), "module myplaces has no filesystem: location")
	require.Contains(t, p.fails(t, 1, "new", "nope", "x"), `no module named "nope"`)
	p.fails(t, 2, "new", "analysis")
	p.fails(t, 2, "new", "analysis", "a/b")
}

func testRepair(t *testing.T, p *project) {
	p.ok(t, "migrate", "-no-dry-run")
	p.exec(t, `UPDATE oskari_status_analysis SET checksum = 42 WHERE version = '1.0';
		INSERT INTO oskari_status_myplaces SELECT max(installed_rank) + 1, '1.2', 'broken', 'SQL', 'V1_2__broken.sql', 1, 'oskari', now(), 5, false
		FROM oskari_status_myplaces`)
	before := p.snapshot(t)
	out := p.ok(t, "repair")
	require.Contains(t, out, "core: nothing to repair\n")
	require.Contains(t, out, "myplaces:\n  would remove  1.2        V1_2__broken.sql (Failed (Future))\n")
	require.Contains(t, out, "analysis:\n  would realign 1.0        V1_0__create_analysis.sql (Success)\n")
	require.Equal(t, before, p.snapshot(t), "repair without -no-dry-run changed the database")

	out = p.ok(t, "repair", "-no-dry-run")
	require.Contains(t, out, "  removed       1.2")
	require.Contains(t, out, "  realigned     1.0")
	p.ok(t, "validate")
	require.NotContains(t, p.ok(t, "repair"), "would")
}

// A CREATE UNIQUE INDEX CONCURRENTLY that fails on duplicates leaves a
// failed row and an INVALID index: repair -drop-invalid-indexes removes
// both, so that migrate runs it again.
func testRepairInvalidIndex(t *testing.T, p *project) {
	p.ok(t, "migrate", "-no-dry-run")
	p.exec(t, `INSERT INTO analysis (name) VALUES ('twice'), ('twice')`)
	require.NoError(t, os.WriteFile(filepath.Join(p.dir, "sql/analysis/V1_32__idx.sql"),
		[]byte("CREATE UNIQUE INDEX CONCURRENTLY analysis_name ON analysis (name);\n"), 0o644))
	r := p.run(t, "migrate", "-no-dry-run")
	require.Equal(t, 1, r.code)
	require.Contains(t, r.stderr, "\nrunway: analysis: V1_32__idx.sql:1:1: ")
	require.Contains(t, r.stderr, "it left INVALID index public.analysis_name (line 1)")
	p.exec(t, `DELETE FROM analysis WHERE name = 'twice'`)

	before := p.snapshot(t)
	out := p.ok(t, "repair", "-drop-invalid-indexes")
	require.Contains(t, out, "analysis:\n  would drop    1.32       V1_32__idx.sql:1 INVALID index public.analysis_name\n  would remove  1.32 ")
	require.Equal(t, before, p.snapshot(t), "repair without -no-dry-run changed the database")
	out = p.ok(t, "repair", "-drop-invalid-indexes", "-no-dry-run")
	require.Contains(t, out, "  dropped       1.32       V1_32__idx.sql:1 INVALID index public.analysis_name\n")
	require.Contains(t, p.ok(t, "migrate", "-no-dry-run"), "analysis: version 1.32, 1 applied")
}

func testUndo(t *testing.T, p *project) {
	p.ok(t, "migrate", "-no-dry-run")
	before := p.snapshot(t)
	out := p.ok(t, "undo", "-module", "myplaces", "-target", "1.0")
	require.Contains(t, out, "myplaces: would undo 1 migration(s), down to 1.0:\n  1.1        SQL  V1_1__add_name.sql\n")
	require.Equal(t, before, p.snapshot(t), "undo without -no-dry-run changed the database")
	require.Contains(t, p.fails(t, 1, "undo", "-module", "analysis", "-target", "1.0"), "migration has no undo")
	p.fails(t, 2, "undo", "-module", "myplaces")

	require.Contains(t, p.ok(t, "undo", "-module", "myplaces", "-target", "1.0", "-no-dry-run"), "myplaces: 1 undone, version 1.0\n  1.1        UNDO_SQL  U1_1__drop_name.sql")
	// The applied 1.1, its undo (an UNDO_SQL row), and 1.1 pending again.
	require.Equal(t, []string{"1.0: Success", "1.1: Undone", "1.1: Success", "1.1: Pending"}, states(p.info(t)["myplaces"]))
	require.Equal(t, "myplaces: nothing to undo above 1.0\n", p.ok(t, "undo", "-module", "myplaces", "-target", "1.0"))
}

func testBaseline(t *testing.T, p *project) {
	before := p.snapshot(t)
	out := p.ok(t, "baseline", "-module", "analysis", "-version", "1.0")
	require.Contains(t, out, `analysis: would create "public"."oskari_status_analysis" with baseline 1.0 (<< Flyway Baseline >>)`)
	require.Equal(t, before, p.snapshot(t), "baseline without -no-dry-run changed the database")

	require.Equal(t, "analysis: wrote baseline 1.0 (<< Flyway Baseline >>)\n", p.ok(t, "baseline", "-module", "analysis", "-version", "1.0", "-no-dry-run"))
	require.Contains(t, p.ok(t, "baseline", "-module", "analysis", "-version", "1.0"), "nothing to do")
	require.Contains(t, p.fails(t, 1, "baseline", "-module", "analysis", "-version", "1.1"), "already baselined at 1.0")
	p.fails(t, 2, "baseline")

	p.ok(t, "migrate", "-no-dry-run")
	require.Equal(t, []string{"1.0: Ignored (Baseline)", "1.0: Baseline", "1.31.5: Success"}, allStates(p.info(t)["analysis"]))
}

// Every failure is one line on stderr; no password shows.
func testFailures(t *testing.T, p *project) {
	line := p.fails(t, 1, "-config", "missing.properties", "info")
	require.Contains(t, line, "missing.properties")

	const password = "s3cret-pw"
	p.env = append(p.env, "DB_URL=postgres://oskari:"+password+"@127.0.0.1:1/oskaridb?sslmode=disable")
	for _, args := range [][]string{{"info"}, {"migrate"}, {"validate"}} {
		line := p.fails(t, 1, args...)
		require.NotContains(t, line, password)
		require.NotContains(t, line, "s3cret")
	}
}

// The plan script run with psql on database A gives the same status rows
// (and schema) as migrate -no-dry-run on database B.
func testPlanSQL(t *testing.T, a *project) {
	b := *a
	b.useDatabase(pgtest.NewDatabase(t))

	before := a.snapshot(t)
	a.ok(t, "migrate", "-plan-sql", "plan.sql")
	require.Equal(t, before, a.snapshot(t), "-plan-sql in a dry run changed the database")
	psql := exec.CommandContext(t.Context(), pgTool(t, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "plan.sql", "-d", a.url)
	psql.Dir = a.dir
	out, err := psql.CombinedOutput()
	require.NoError(t, err, "psql: %s", out)

	b.ok(t, "migrate", "-no-dry-run")
	require.Equal(t, b.statusTables(t, historyColumns), a.statusTables(t, historyColumns))
	require.Equal(t, b.schema(t), a.schema(t))
	require.Contains(t, a.ok(t, "migrate"), "Dry run: up to date", "after the script, migrate has nothing to do")
}

// migrate with runway.snapshot.dir dumps the database; restore is a dry
// run, then with -no-dry-run brings the status tables back.
func testRestore(t *testing.T, p *project) {
	p.ok(t, "migrate", "-no-dry-run", "-target", "myplaces=1.0", "-target", "analysis=1.0")
	rows := p.statusTables(t, historyColumns)
	dir := t.TempDir()
	p.env = append(p.env, "RUNWAY_SNAPSHOT_DIR="+dir)
	p.ok(t, "migrate", "-no-dry-run")
	files, err := filepath.Glob(filepath.Join(dir, "*.dump"))
	require.NoError(t, err)
	require.Len(t, files, 1)
	require.NotEqual(t, rows, p.statusTables(t, historyColumns))

	before := p.snapshot(t)
	out := p.ok(t, "restore", files[0])
	require.Contains(t, out, "Would restore "+files[0])
	require.Contains(t, out, "pg_restore --clean --if-exists --single-transaction")
	require.Contains(t, out, "; dbname: ")
	require.Contains(t, out, "Dry run: nothing changed")
	require.Equal(t, before, p.snapshot(t), "restore without -no-dry-run changed the database")

	require.Contains(t, p.ok(t, "restore", "-no-dry-run", files[0]), "Restored "+files[0])
	require.Equal(t, rows, p.statusTables(t, historyColumns))
	p.fails(t, 2, "restore")
	require.Contains(t, p.fails(t, 1, "restore", filepath.Join(dir, "missing.dump")), "snapshot failed")
}
