package migrate_test

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

func TestModuleOrder(t *testing.T) {
	t.Parallel()
	mod := func(name string, deps ...string) migrate.Module {
		return migrate.Module{Name: name, DependsOn: deps, Steps: []migrate.Step{step("1", "x", "SELECT 1")}}
	}
	order := func(mods ...migrate.Module) []string {
		m, err := migrate.New(migrate.Config{Modules: mods})
		require.NoError(t, err)
		var out []string
		for _, s := range m.Sources() {
			out = append(out, s.Module)
		}
		return out
	}
	require.Equal(t, []string{"core", "a", "b", "c"}, order(mod("a"), mod("b"), mod("core"), mod("c")))
	// b needs c: c moves up just enough; a keeps its place.
	require.Equal(t, []string{"core", "a", "c", "b", "d"}, order(mod("a"), mod("b", "c"), mod("c"), mod("d"), mod("core")))
	require.Equal(t, []string{"core", "c", "b", "a"}, order(mod("a", "b", "core>=1"), mod("b", "c"), mod("c"), mod("core")))

	for name, tt := range map[string]struct {
		mods []migrate.Module
		want string
	}{
		"unknown":     {[]migrate.Module{mod("a", "nope")}, `a: invalid configuration: depends on "nope", which is not configured`},
		"cycle":       {[]migrate.Module{mod("a", "b"), mod("b", "a")}, "module dependencies form a cycle: a depends on b; b depends on a"},
		"bad version": {[]migrate.Module{mod("core"), mod("a", "core>=x")}, `a: invalid configuration: dependency "core>=x"`},
		"bad name":    {[]migrate.Module{mod("a", "co re")}, `dependency "co re": expected a module name`},
	} {
		_, err := migrate.New(migrate.Config{Modules: tt.mods})
		require.ErrorIs(t, err, migrate.ErrInvalidConfig, name)
		require.ErrorContains(t, err, tt.want, name)
	}
}

// A minimum version is checked before the module runs; the error names
// both versions.
func TestDependencyVersion(t *testing.T) {
	t.Parallel()
	b := setup(t)
	core := migrate.Module{Name: "core", Scripts: fstest.MapFS{"V2_0_1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}}
	myplaces := migrate.Module{Name: "myplaces", DependsOn: []string{"core>=2.0.4"},
		Scripts: fstest.MapFS{"V1__b.sql": {Data: []byte("CREATE TABLE b (id int);")}}}
	_, err := migrate.Run(t.Context(), b.config(myplaces, core))
	require.ErrorIs(t, err, migrate.ErrDependency)
	require.ErrorContains(t, err, "myplaces: module dependency not met: depends on core>=2.0.4, which is at 2.0.1")
	require.False(t, b.tableExists(t, "b"))

	core.Scripts.(fstest.MapFS)["V2_0_4__c.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE c (id int);")}
	res, err := migrate.Run(t.Context(), b.config(myplaces, core))
	require.NoError(t, err)
	require.Equal(t, 2, res.Applied())
}

// With IgnoreMigrationFailures a failed module is logged and the next one
// runs; its dependents do not.
func TestIgnoreMigrationFailures(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(
		migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}},
		migrate.Module{Name: "broken", Scripts: fstest.MapFS{"V1__x.sql": {Data: []byte("SELECT 1/0;")}}},
		migrate.Module{Name: "needs-broken", DependsOn: []string{"broken"}, Scripts: fstest.MapFS{"V1__y.sql": {Data: []byte("CREATE TABLE y (id int);")}}},
		migrate.Module{Name: "userlayer", Scripts: fstest.MapFS{"V1__z.sql": {Data: []byte("CREATE TABLE z (id int);")}}},
	)
	cfg.IgnoreMigrationFailures = true
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Len(t, res.Modules, 4)
	require.NoError(t, res.Modules[0].Err)
	require.ErrorContains(t, res.Modules[1].Err, "division by zero")
	require.ErrorIs(t, res.Modules[2].Err, migrate.ErrDependency)
	require.NoError(t, res.Modules[3].Err)
	require.True(t, b.tableExists(t, "z"))
	require.False(t, b.tableExists(t, "y"))
	require.Contains(t, b.logs.String(), `"msg":"[broken] DB migration failed!"`)

	cfg.Disabled = true
	res, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Empty(t, res.Modules)
	require.Contains(t, b.logs.String(), "migration is disabled")
}

// AutoRepair realigns what validation would refuse (here a checksum after a
// line-ending change elsewhere) and removes failed rows, then migrates.
func TestAutoRepair(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}
	cfg := b.config(migrate.Module{Name: "core", Scripts: files})
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	files["V1__a.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE a (id int, x int);")}
	files["V2__b.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE b (id int);")}
	b.insertRow(t, "oskari_status", 2, "2", "b", "SQL", "V2__b.sql", 1, false)
	_, err = migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrChecksumMismatch)

	cfg.AutoRepair = true
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied())
	require.True(t, b.tableExists(t, "b"))
}

// Badly named .sql files are an error, or with SkipInvalidNames a warning.
func TestSkipInvalidNames(t *testing.T) {
	t.Parallel()
	files := fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}, "create.sql": {Data: []byte("SELECT 1;")}}
	_, err := migrate.New(migrate.Config{Modules: []migrate.Module{{Name: "core", Scripts: files}}})
	require.ErrorIs(t, err, migrate.ErrInvalidName)
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: files})
	cfg.SkipInvalidNames = true
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied())
	require.Contains(t, b.logs.String(), `"msg":"skipping a .sql file that is not named like a migration","module":"core","script":"create.sql"`)
}

// Several locations merge into one version sequence; a version in two is
// an error naming both places.
func TestLocations(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core",
		Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}},
		Locations: []migrate.Location{{Name: "filesystem:/etc/oskari/sql", FS: fstest.MapFS{
			"V2__b.sql": {Data: []byte("CREATE TABLE b (id int);")}}}},
	}
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, 2, res.Applied())
	require.Equal(t, "V2__b.sql", res.Modules[0].Applied[1].Script, "the script is relative to its location, as Flyway records it")

	mod.Locations = append(mod.Locations, migrate.Location{Name: "classpath:flyway/extra", FS: fstest.MapFS{
		"sub/V2_0__b2.sql": {Data: []byte("SELECT 1;")}}})
	_, err = migrate.New(b.config(mod))
	require.ErrorIs(t, err, migrate.ErrDuplicateVersion)
	require.ErrorContains(t, err, "core: sub/V2_0__b2.sql in classpath:flyway/extra: duplicate migration version: version 2.0 is also used by V2__b.sql in filesystem:/etc/oskari/sql")
}

// JavaStep reads a Flyway Java class name as Flyway does, so a Go port
// matches the rows Java wrote; a port that records another name is
// reported.
func TestJavaStep(t *testing.T) {
	t.Parallel()
	up := func(ctx context.Context, tx pgx.Tx) error { return nil }
	s, err := migrate.JavaStep("flyway.userlayer.V1_0_2__Insert_id_for_userlayerdata", up)
	require.NoError(t, err)
	require.Equal(t, "1.0.2", s.Version)
	require.Equal(t, "Insert id for userlayerdata", s.Description)
	require.Equal(t, "flyway.userlayer.V1_0_2__Insert_id_for_userlayerdata", s.Script)
	for _, bad := range []string{"flyway.userlayer.Insert", "V1a__x", "fi.V__x", ""} {
		_, err := migrate.JavaStep(bad, up)
		require.ErrorIs(t, err, migrate.ErrInvalidName, bad)
	}

	b := setup(t)
	fwCreateTable(t, b, "oskari_status_userlayer")
	b.insertRow(t, "oskari_status_userlayer", 1, "1.0.2", "Insert id for userlayerdata", "JDBC", "flyway.userlayer.V1_0_2__Insert_id_for_userlayerdata", nil, true)
	port := migrate.Module{Name: "userlayer", Steps: []migrate.Step{s}}
	res, err := migrate.Run(t.Context(), b.config(port))
	require.NoError(t, err)
	require.Zero(t, res.Applied())

	// A port that kept the default script name is told what Java recorded.
	port.Steps[0].Script = ""
	_, err = migrate.Run(t.Context(), b.config(port))
	require.ErrorIs(t, err, migrate.ErrScriptMismatch)
	require.ErrorContains(t, err, `applied to database: "flyway.userlayer.V1_0_2__Insert_id_for_userlayerdata", resolved locally: "V1_0_2__Insert_id_for_userlayerdata"`)
}
