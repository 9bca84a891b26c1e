package migrate_test

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// infoOf returns Info's report on one module of cfg.
func infoOf(t *testing.T, cfg migrate.Config, module string) migrate.ModuleStatus {
	t.Helper()
	all, err := runInfo(t.Context(), cfg)
	require.NoError(t, err)
	for _, st := range all {
		if st.Module == module {
			return st
		}
	}
	t.Fatalf("Info reports no module %q", module)
	return migrate.ModuleStatus{}
}

func TestBaselineCreatesTableThenRunAppliesAboveIt(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
		"V1__old.sql":   {Data: []byte("SELECT 1/0;")}, // below the baseline: must never run
		"V2__base.sql":  {Data: []byte("SELECT 1/0;")}, // at the baseline: must never run
		"V2_1__new.sql": {Data: []byte("CREATE TABLE new_places (id int);")},
	}}
	cfg := b.config(mod)
	require.False(t, b.tableExists(t, "oskari_status_myplaces"))

	require.NoError(t, runBaseline(t.Context(), cfg, "myplaces", "2", ""))
	require.Equal(t, []string{
		"1|2|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|NULL|true",
	}, b.rows(t, "oskari_status_myplaces"))
	var (
		execTime int
		byMe     bool
	)
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT execution_time, installed_by = current_user
		FROM oskari_status_myplaces`).Scan(&execTime, &byMe))
	require.Zero(t, execTime)
	require.True(t, byMe)

	st := infoOf(t, cfg, "myplaces")
	require.Equal(t, "2", st.Version)
	require.ElementsMatch(t, []string{
		"Versioned 1 old: Below Baseline",
		"Versioned 2 base: Ignored (Baseline)",
		"Baseline 2 << Flyway Baseline >>: Baseline",
		"Versioned 2.1 new: Pending",
	}, states(st))

	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Len(t, res.Modules[0].Applied, 1)
	require.Equal(t, "2.1", res.Modules[0].Applied[0].Version)
	require.Equal(t, "2.1", res.Modules[0].Version)
	require.True(t, b.tableExists(t, "new_places"))
	require.Equal(t, []string{
		"1|2|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|NULL|true",
		fmt.Sprintf("2|2.1|new|SQL|V2_1__new.sql|%d|true", sum(t, "CREATE TABLE new_places (id int);")),
	}, b.rows(t, "oskari_status_myplaces"))
	require.ElementsMatch(t, []string{
		"Versioned 1 old: Below Baseline",
		"Versioned 2 base: Ignored (Baseline)",
		"Baseline 2 << Flyway Baseline >>: Baseline",
		"Versioned 2.1 new: Success",
	}, states(infoOf(t, cfg, "myplaces")))

	// Later runs still never touch the migrations at or below the baseline.
	res, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Zero(t, res.Applied())
}

func TestBaselineVersionAndDescription(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                 string
		mod                  migrate.Module
		version, description string
		wantRow              string
	}{{
		name:    "Flyway defaults",
		mod:     migrate.Module{Name: "core"},
		wantRow: "1|1|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|NULL|true",
	}, {
		name:    "module settings",
		mod:     migrate.Module{Name: "core", BaselineVersion: "0_1", BaselineDescription: "Oskari baseline"},
		wantRow: "1|0.1|Oskari baseline|BASELINE|Oskari baseline|NULL|true",
	}, {
		name:        "arguments over module settings",
		mod:         migrate.Module{Name: "core", BaselineVersion: "0.1", BaselineDescription: "Oskari baseline"},
		version:     "2.0.0",
		description: "Legacy schema",
		wantRow:     "1|2.0.0|Legacy schema|BASELINE|Legacy schema|NULL|true",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			tt.mod.Steps = []migrate.Step{step("5", "later", "SELECT 1")}
			require.NoError(t, runBaseline(t.Context(), b.config(tt.mod), "core", tt.version, tt.description))
			require.Equal(t, []string{tt.wantRow}, b.rows(t, "oskari_status"))
		})
	}
}

func TestBaselineOnExistingTable(t *testing.T) {
	t.Parallel()
	mod := migrate.Module{Name: "analysis", Scripts: fstest.MapFS{
		"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")},
	}}
	const baselineRow = "1|1.0|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|NULL|true"
	tests := []struct {
		name     string
		prepare  func(t *testing.T, cfg migrate.Config)
		version  string
		wantErr  error
		wantRows []string
	}{{
		name: "same version is a no-op",
		prepare: func(t *testing.T, cfg migrate.Config) {
			require.NoError(t, runBaseline(t.Context(), cfg, "analysis", "1.0", ""))
		},
		version:  "1", // equal to 1.0
		wantRows: []string{baselineRow},
	}, {
		name: "another version",
		prepare: func(t *testing.T, cfg migrate.Config) {
			require.NoError(t, runBaseline(t.Context(), cfg, "analysis", "1.0", ""))
		},
		version:  "2",
		wantErr:  migrate.ErrBaselineExists,
		wantRows: []string{baselineRow},
	}, {
		name: "table with migrations",
		prepare: func(t *testing.T, cfg migrate.Config) {
			_, err := migrate.Run(t.Context(), cfg)
			require.NoError(t, err)
		},
		version:  "1",
		wantErr:  migrate.ErrBaselineExists,
		wantRows: []string{"1|1|a|SQL|V1__a.sql|" + fmt.Sprint(sum(t, "CREATE TABLE a (id int);")) + "|true"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			cfg := b.config(mod)
			tt.prepare(t, cfg)
			err := runBaseline(t.Context(), cfg, "analysis", tt.version, "")
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
				require.Contains(t, err.Error(), "analysis")
			}
			require.Equal(t, tt.wantRows, b.rows(t, "oskari_status_analysis"))
		})
	}
}

func TestBaselineBadArguments(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Steps: []migrate.Step{step("1", "x", "SELECT 1")}})
	for name, call := range map[string]func() error{
		"unknown module": func() error { return runBaseline(t.Context(), cfg, "nope", "1", "") },
		"bad version":    func() error { return runBaseline(t.Context(), cfg, "core", "1.x", "") },
	} {
		t.Run(name, func(t *testing.T) {
			require.ErrorIs(t, call(), migrate.ErrInvalidConfig)
			require.False(t, b.tableExists(t, "oskari_status"))
		})
	}
}

// A schema that holds objects but no status table was never migrated:
// Run refuses it unless told to adopt it.
func TestBaselineNeededForNonEmptySchema(t *testing.T) {
	t.Parallel()
	for name, ddl := range map[string]string{
		"table":               "CREATE TABLE legacy (id int)",
		"view":                "CREATE VIEW legacy AS SELECT 1 AS one",
		"sequence":            "CREATE SEQUENCE legacy_seq",
		"function":            "CREATE FUNCTION legacy() RETURNS int LANGUAGE sql AS 'SELECT 1'",
		"enum type":           "CREATE TYPE legacy AS ENUM ('a', 'b')",
		"domain":              "CREATE DOMAIN legacy AS int",
		"table and extension": "CREATE EXTENSION pgcrypto; CREATE TABLE legacy (id int)",
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			_, err := b.pool.Exec(t.Context(), ddl)
			require.NoError(t, err)
			_, err = migrate.Run(t.Context(), b.config(migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
				"V1__create.sql": {Data: []byte("CREATE TABLE created (id int);")},
			}}))
			require.ErrorIs(t, err, migrate.ErrNonEmptySchema)
			require.Contains(t, err.Error(), "BaselineOnMigrate")
			require.False(t, b.tableExists(t, "oskari_status_myplaces"))
			require.False(t, b.tableExists(t, "created"))
		})
	}
}

func TestBaselineOnMigrate(t *testing.T) {
	t.Parallel()
	b := setup(t)
	_, err := b.pool.Exec(t.Context(), `CREATE TABLE legacy (id int); CREATE FUNCTION legacy_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'`)
	require.NoError(t, err)
	mod := migrate.Module{
		Name:              "myplaces",
		BaselineOnMigrate: true,
		BaselineVersion:   "1_5",
		Scripts: fstest.MapFS{
			"V1__old.sql":   {Data: []byte("SELECT 1/0;")}, // below the baseline
			"V1_5__at.sql":  {Data: []byte("SELECT 1/0;")}, // at the baseline
			"V1_6__new.sql": {Data: []byte("ALTER TABLE legacy ADD COLUMN name text;")},
			"V2__two.sql":   {Data: []byte("CREATE TABLE two (id int);")},
		},
	}
	cfg := b.config(mod)
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	var applied []string
	for _, a := range res.Modules[0].Applied {
		applied = append(applied, a.Version)
	}
	require.Equal(t, []string{"1.6", "2"}, applied)
	require.Equal(t, []string{
		"1|1.5|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|NULL|true",
		"2|1.6|new|SQL|V1_6__new.sql|" + fmt.Sprint(sum(t, "ALTER TABLE legacy ADD COLUMN name text;")) + "|true",
		"3|2|two|SQL|V2__two.sql|" + fmt.Sprint(sum(t, "CREATE TABLE two (id int);")) + "|true",
	}, b.rows(t, "oskari_status_myplaces"))
	require.ElementsMatch(t, []string{
		"Versioned 1 old: Below Baseline",
		"Versioned 1.5 at: Ignored (Baseline)",
		"Baseline 1.5 << Flyway Baseline >>: Baseline",
		"Versioned 1.6 new: Success",
		"Versioned 2 two: Success",
	}, states(infoOf(t, cfg, "myplaces")))
}

// Objects that belong to an extension (its functions, types, domains,
// views) are not the application's: the schema counts as empty.
func TestBaselineNotNeededForExtensionObjects(t *testing.T) {
	t.Parallel()
	for name, exts := range map[string][]string{
		"pgcrypto":       {"pgcrypto"},       // functions
		"hstore":         {"hstore"},         // a base type, operators and functions
		"lo":             {"lo"},             // a domain and functions
		"pg_buffercache": {"pg_buffercache"}, // a view and functions
		"several":        {"citext", "pg_trgm", `"uuid-ossp"`},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			for _, e := range exts {
				_, err := b.pool.Exec(t.Context(), "CREATE EXTENSION "+e+" SCHEMA public")
				require.NoError(t, err)
			}
			var functions int
			require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT count(*) FROM pg_proc
				WHERE pronamespace = 'public'::regnamespace`).Scan(&functions))
			require.NotZero(t, functions, "the extensions put their objects in public")
			res, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
				"V1__create.sql": {Data: []byte("CREATE TABLE created (id int);")},
			}}))
			require.NoError(t, err)
			require.Equal(t, 1, res.Applied())
			require.Equal(t, []string{
				"1|1|create|SQL|V1__create.sql|" + fmt.Sprint(sum(t, "CREATE TABLE created (id int);")) + "|true",
			}, b.rows(t, "oskari_status_myplaces"), "no baseline row: the schema was empty")
		})
	}
}

// Oskari baselines core at 2.0.0 and every other module at 0.1 when their
// status tables are created, whatever the schema holds.
func TestBaselineOskariDefaults(t *testing.T) {
	t.Parallel()
	b := setup(t)
	core := migrate.Module{Name: "core", Baseline: "2.0.0", Scripts: fstest.MapFS{
		"V1_0__old.sql":    {Data: []byte("SELECT 1/0;")},
		"V2_0_0__base.sql": {Data: []byte("SELECT 1/0;")},
		"V2_1__users.sql":  {Data: []byte("CREATE TABLE oskari_users (id int);")},
	}}
	myplaces := migrate.Module{Name: "myplaces", Baseline: "0.1", Scripts: fstest.MapFS{
		"V0_1__init.sql":   {Data: []byte("SELECT 1/0;")},
		"V1_0__places.sql": {Data: []byte("CREATE TABLE my_places (id int);")},
	}}
	cfg := b.config(myplaces, core)

	// Before the tables exist, Info already reckons with the baselines.
	st := infoOf(t, cfg, "core")
	require.False(t, st.Exists)
	require.ElementsMatch(t, []string{
		"Versioned 1.0 old: Below Baseline",
		"Versioned 2.0.0 base: Ignored (Baseline)",
		"Versioned 2.1 users: Pending",
	}, states(st))

	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, "core", res.Modules[0].Module)
	require.Equal(t, "2.1", res.Modules[0].Version)
	require.Equal(t, "1.0", res.Modules[1].Version)
	require.Equal(t, []string{
		"1|2.0.0|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|NULL|true",
		"2|2.1|users|SQL|V2_1__users.sql|" + fmt.Sprint(sum(t, "CREATE TABLE oskari_users (id int);")) + "|true",
	}, b.rows(t, "oskari_status"))
	// myplaces met a schema core had just filled: its Baseline still applies.
	require.Equal(t, []string{
		"1|0.1|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|NULL|true",
		"2|1.0|places|SQL|V1_0__places.sql|" + fmt.Sprint(sum(t, "CREATE TABLE my_places (id int);")) + "|true",
	}, b.rows(t, "oskari_status_myplaces"))
}

// What a module meets in a schema that other modules already fill is a
// decision (spec §4; see baselineForNewTable in baseline.go): a schema that
// holds the status table of any module is a migrated installation, and a
// module added to it later starts at its first migration, with no baseline
// and no ErrNonEmptySchema. Only a schema with objects and no status table
// at all (never migrated) needs BaselineOnMigrate or Baseline.
func TestBaselineNotNeededForModuleAddedLater(t *testing.T) {
	t.Parallel()
	core := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__maplayer.sql": {Data: []byte("CREATE TABLE oskari_maplayer (id int);")},
	}}
	analysis := migrate.Module{Name: "analysis", Scripts: fstest.MapFS{
		"V1__analysis.sql":   {Data: []byte("CREATE TABLE analysis (id int);")},
		"V1_1__analysis.sql": {Data: []byte("ALTER TABLE analysis ADD COLUMN name text;")},
	}}
	analysisRows := func(t *testing.T) []string {
		return []string{
			"1|1|analysis|SQL|V1__analysis.sql|" + fmt.Sprint(sum(t, "CREATE TABLE analysis (id int);")) + "|true",
			"2|1.1|analysis|SQL|V1_1__analysis.sql|" + fmt.Sprint(sum(t, "ALTER TABLE analysis ADD COLUMN name text;")) + "|true",
		}
	}

	t.Run("added in a later deployment", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		_, err := migrate.Run(t.Context(), b.config(core))
		require.NoError(t, err)
		require.True(t, b.tableExists(t, "oskari_maplayer"))

		res, err := migrate.Run(t.Context(), b.config(core, analysis))
		require.NoError(t, err)
		require.Equal(t, 2, res.Applied())
		require.Equal(t, analysisRows(t), b.rows(t, "oskari_status_analysis"))
	})

	t.Run("after another module baselined the schema in the same run", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		_, err := b.pool.Exec(t.Context(), `CREATE TABLE legacy (id int)`)
		require.NoError(t, err)
		adopted := core
		adopted.BaselineOnMigrate = true
		adopted.BaselineVersion = "1"
		_, err = migrate.Run(t.Context(), b.config(analysis, adopted))
		require.NoError(t, err)
		require.Equal(t, []string{"1|1|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|NULL|true"}, b.rows(t, "oskari_status"))
		require.Equal(t, analysisRows(t), b.rows(t, "oskari_status_analysis"))
	})

	t.Run("schema never migrated", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		// core's tables are there, but not its status table.
		_, err := b.pool.Exec(t.Context(), `CREATE TABLE oskari_maplayer (id int)`)
		require.NoError(t, err)
		_, err = migrate.Run(t.Context(), b.config(analysis))
		require.ErrorIs(t, err, migrate.ErrNonEmptySchema)
		require.False(t, b.tableExists(t, "oskari_status_analysis"))
		require.False(t, b.tableExists(t, "analysis"))
	})
}

// Flyway's baseline semantics on an existing table: the same baseline is a
// no-op even after migrations ran; another version or description is
// refused; a table holding only the schema-creation row can be baselined.
func TestBaselineAgainLikeFlyway(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{"V2__a.sql": {Data: []byte("SELECT 2;")}}}
	cfg := b.config(mod)
	require.NoError(t, runBaseline(t.Context(), cfg, "core", "1", ""))
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.NoError(t, runBaseline(t.Context(), cfg, "core", "1.0", ""), "same baseline after migrations: no-op")
	require.ErrorIs(t, runBaseline(t.Context(), cfg, "core", "1", "Other description"), migrate.ErrBaselineExists)
	require.ErrorIs(t, runBaseline(t.Context(), cfg, "core", "2", ""), migrate.ErrBaselineExists)

	b2 := setup(t)
	cfg2 := b2.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__bad.sql": {Data: []byte("SELECT 1/0;")}}})
	cfg2.Schema = "fresh"
	_, err = migrate.Run(t.Context(), cfg2)
	require.Error(t, err) // the schema and its SCHEMA row stay, the migration does not
	require.NoError(t, runBaseline(t.Context(), cfg2, "core", "1", ""))
	var types []string
	require.NoError(t, pgxScanColumn(t, b2.pool, `SELECT type FROM fresh.oskari_status ORDER BY installed_rank`, &types))
	require.Equal(t, []string{"SCHEMA", "BASELINE"}, types)
}

// An explicit BaselineOnMigrate is honoured also in a schema other modules
// already migrate: the user said the module's objects exist.
func TestBaselineOnMigrateInManagedSchema(t *testing.T) {
	t.Parallel()
	b := setup(t)
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__core.sql": {Data: []byte("CREATE TABLE core_t (id int);")}}}))
	require.NoError(t, err)
	_, err = b.pool.Exec(t.Context(), `CREATE TABLE places (id int)`) // made by hand long ago
	require.NoError(t, err)
	mod := migrate.Module{Name: "myplaces", BaselineOnMigrate: true, BaselineVersion: "1", Scripts: fstest.MapFS{
		"V1__places.sql": {Data: []byte("CREATE TABLE places (id int);")},
		"V2__more.sql":   {Data: []byte("ALTER TABLE places ADD COLUMN name text;")},
	}}
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, "2", res.Modules[0].Applied[0].Version)
}
