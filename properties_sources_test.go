package migrate_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// Java properties syntax, as magiconair/properties reads it.
func TestLoadConfigPropertiesSyntax(t *testing.T) {
	t.Parallel()
	for name, text := range map[string]string{
		"separators, comments, continuation, escapes": `# a comment
! another comment
db.url = jdbc:postgresql://localhost:5432/\
         oskari_\u00e4
db.additional.modules: myplaces, \
    analysis
db.myplaces.status_table  places\u005fstatus
db.analysis.status_table=a\
nalysis_status
`,
		"CRLF, BOM, tabs, no final newline": "\uFEFFdb.url\t=\tjdbc:postgresql://localhost:5432/oskari_ä\r\n" +
			"db.additional.modules = myplaces , \\\r\n  analysis\r\n" +
			"db.myplaces.status_table : places_status\r\n" +
			"db.analysis.status_table analysis_status",
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			cfg := load(t, cfgCase{files: []string{text}})
			require.Equal(t, "postgres://localhost:5432/oskari_%C3%A4", cfg.DatabaseURL)
			pc, err := pgx.ParseConfig(cfg.DatabaseURL)
			require.NoError(t, err)
			require.Equal(t, "oskari_ä", pc.Database)
			require.Equal(t, []string{"core", "myplaces", "analysis"}, moduleNames(cfg))
			require.Equal(t, "places_status", cfg.Modules[1].StatusTable)
			require.Equal(t, "analysis_status", cfg.Modules[2].StatusTable)
		})
	}
}

// Later files override earlier ones; the environment overrides the files;
// within one of them Oskari's key wins over Flyway's.
func TestLoadConfigPrecedence(t *testing.T) {
	t.Parallel()
	files := []string{
		"db.url=jdbc:postgresql://one/db\ndb.myplaces.status_table=one\ndb.flyway.autorepair=true",
		"db.url=jdbc:postgresql://two/db\ndb.flyway.autorepair=false",
	}
	for name, tt := range map[string]struct {
		env  []string
		want string
	}{
		"later file":                   {nil, "postgres://two:5432/db"},
		"environment":                  {[]string{"DB_URL=postgres://env/db"}, "postgres://env/db"},
		"flyway variable over db file": {[]string{"FLYWAY_URL=postgres://flyway/db"}, "postgres://flyway/db"},
		"db variable over flyway one":  {[]string{"FLYWAY_URL=postgres://flyway/db", "DB_URL=postgres://env/db"}, "postgres://env/db"},
		"empty variable ignored":       {[]string{"DB_URL="}, "postgres://two:5432/db"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			cfg := load(t, cfgCase{files: files, env: tt.env})
			require.Equal(t, tt.want, cfg.DatabaseURL)
			require.Equal(t, "one", cfg.Modules[1].StatusTable)
			require.False(t, cfg.AutoRepair)
		})
	}
}

// The Oskari keys' environment variables, module keys included for
// modules listed in DB_ADDITIONAL_MODULES.
func TestLoadConfigOskariEnvironment(t *testing.T) {
	t.Parallel()
	cfg := load(t, cfgCase{
		files: []string{"db.additional.modules=userlayer\ndb.analysis.status_table=from_file"},
		env: []string{
			"DB_URL=jdbc:postgresql://envhost/oskari",
			"DB_USERNAME=oskari",
			"DB_PASSWORD=pw",
			"DB_ADDITIONAL_MODULES=myplaces , analysis",
			"DB_ANALYSIS_URL=postgres://analysis/db",
			"DB_ANALYSIS_SCRIPT_LOCATIONS=classpath:flyway/extra",
			"DB_MYPLACES_STATUS_TABLE=mp",
			"DB_MYPLACES_USERNAME=mpuser",
			"DB_MYPLACES_PASSWORD=mppw",
			"DB_MYPLACES_DEPENDS_ON=analysis",
			"DB_MYPLACES_PLACEHOLDERS_OWNER=me",
			"DB_MYPLACES_BASELINE=0.1",
			"DB_MYPLACES_TARGET=latest",
			"DB_PLACEHOLDERS_SRID=3067",
			"DB_STATUS_TABLE=cs",
			"DB_SCRIPT_LOCATIONS=/flyway/oskari,filesystem:" + t.TempDir(),
			"DB_FLYWAY=false",
			"DB_IGNOREMIGRATIONFAILURES=true",
			"DB_FLYWAY_AUTOREPAIR=true",
			"DB_FLYWAY_VALIDATEMIGRATIONNAMING=false",
			"DB_BASELINE=2.0.0",
			"DB_TARGET=next",
			"DB_HOST=unrelated",
			"RUNWAY_LOCK_TIMEOUT=1m",
			"RUNWAY_STATUS_TABLE_PREFIX=st",
			"RUNWAY_LEGACY_TABLES=refuse",
		},
	})
	require.Equal(t, "postgres://oskari:pw@envhost:5432/oskari", cfg.DatabaseURL)
	require.Equal(t, []string{"core", "myplaces", "analysis"}, moduleNames(cfg))
	core, myplaces, analysis := cfg.Modules[0], cfg.Modules[1], cfg.Modules[2]
	require.Equal(t, "cs", core.StatusTable)
	require.Len(t, core.Locations, 2, "the configured classpath location, then the filesystem one")
	require.Equal(t, "2.0.0", core.Baseline)
	require.Equal(t, "next", core.Target)
	require.Equal(t, map[string]string{"srid": "3067"}, core.Placeholders)
	require.Equal(t, "postgres://mpuser:mppw@envhost:5432/oskari", myplaces.DatabaseURL)
	require.Equal(t, "mp", myplaces.StatusTable)
	require.Equal(t, []string{"analysis"}, myplaces.DependsOn)
	require.Equal(t, map[string]string{"owner": "me"}, myplaces.Placeholders)
	require.Equal(t, "0.1", myplaces.Baseline)
	require.Equal(t, "latest", myplaces.Target)
	require.Equal(t, "postgres://oskari:pw@analysis/db", analysis.DatabaseURL)
	require.Equal(t, "from_file", analysis.StatusTable)
	require.Equal(t, []string{"V5__extra.sql", "helper.json"}, names(t, analysis.Locations[0].FS))
	require.True(t, cfg.Disabled && cfg.IgnoreMigrationFailures && cfg.AutoRepair && cfg.SkipInvalidNames)
	require.Equal(t, time.Minute, cfg.LockTimeout)
	require.Equal(t, "st", cfg.StatusTablePrefix)
	require.Equal(t, migrate.LegacyRefuse, cfg.LegacyTables)
}

// Flyway's environment variables carry a Flyway configuration over.
func TestLoadConfigFlywayEnvironment(t *testing.T) {
	t.Parallel()
	cfg := load(t, cfgCase{env: []string{
		"FLYWAY_URL=jdbc:postgresql://fw/app",
		"FLYWAY_USER=app",
		"FLYWAY_PASSWORD=pw",
		"FLYWAY_SCHEMAS=app,other",
		"FLYWAY_TABLE=history",
		"FLYWAY_LOCATIONS=classpath:flyway/extra",
		"FLYWAY_BASELINE_ON_MIGRATE=true",
		"FLYWAY_BASELINE_VERSION=3",
		"FLYWAY_BASELINE_DESCRIPTION=base",
		"FLYWAY_OUT_OF_ORDER=true",
		"FLYWAY_VALIDATE_ON_MIGRATE=false",
		"FLYWAY_IGNORE_MIGRATION_PATTERNS=*:missing",
		"FLYWAY_PLACEHOLDERS_APP_NAME=demo",
		"FLYWAY_PLACEHOLDER_REPLACEMENT=false",
		"FLYWAY_TARGET=4",
		"FLYWAY_MIXED=true",
		"FLYWAY_INSTALLED_BY=ci",
		"FLYWAY_LOCK_RETRY_COUNT=5",
		"FLYWAY_VALIDATE_MIGRATION_NAMING=true",
		"FLYWAY_FAIL_ON_MISSING_LOCATIONS=true",
	}})
	require.Equal(t, "postgres://app:pw@fw:5432/app", cfg.DatabaseURL)
	require.Equal(t, []string{"core"}, moduleNames(cfg))
	core := cfg.Modules[0]
	require.Equal(t, "history", core.StatusTable)
	require.Equal(t, []string{"V5__extra.sql", "helper.json"}, names(t, core.Locations[0].FS))
	require.True(t, core.BaselineOnMigrate)
	require.Equal(t, "3", core.BaselineVersion)
	require.Equal(t, "base", core.BaselineDescription)
	require.Equal(t, "4", core.Target)
	require.Equal(t, "app", cfg.Schema)
	require.True(t, cfg.OutOfOrder && cfg.SkipValidation && cfg.NoPlaceholders && cfg.Mixed)
	require.False(t, cfg.SkipInvalidNames)
	require.Equal(t, []string{"*:missing"}, cfg.IgnoreMigrationPatterns)
	require.Equal(t, map[string]string{"app_name": "demo"}, cfg.Placeholders)
	require.Equal(t, "ci", cfg.InstalledBy)
	require.Equal(t, 5*time.Second, cfg.LockTimeout)

	cfg = load(t, cfgCase{env: []string{"FLYWAY_DEFAULT_SCHEMA=app2", "FLYWAY_SCHEMAS=app,other"}})
	require.Equal(t, "app2", cfg.Schema)
}

// LoadOptions.Environ nil reads the process environment.
func TestLoadConfigProcessEnvironment(t *testing.T) {
	t.Setenv("DB_URL", "postgres://from-process/db")
	cfg, err := migrate.LoadConfig(migrate.LoadOptions{})
	require.NoError(t, err)
	require.Equal(t, "postgres://from-process/db", cfg.DatabaseURL)
}

// Locations on the classpath and on disk; the loaded Config is one New
// accepts, its modules' migrations read from every location.
func TestLoadConfigLocations(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sql"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sql", "V1_1__local.sql"), []byte("SELECT 1;"), 0o600))
	cfg := load(t, cfgCase{files: []string{
		"db.additional.modules=myplaces, analysis\n" +
			"db.myplaces.script.locations=filesystem:" + filepath.Join(dir, "sql") + ", classpath:/flyway/myplaces/\n" +
			"db.analysis.script.locations=flyway/analysis,classpath:flyway/extra\n",
	}})
	myplaces := cfg.ModuleByName("myplaces")
	require.Equal(t, []string{"V1_1__local.sql"}, names(t, myplaces.Locations[0].FS))
	require.Len(t, myplaces.Locations, 2)
	require.Equal(t, "filesystem:"+filepath.Join(dir, "sql"), myplaces.Locations[0].Name)
	require.Equal(t, "classpath:flyway/myplaces", myplaces.Locations[1].Name)
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	var versions []string
	for _, mi := range m.Sources()[1].Migrations {
		versions = append(versions, mi.Version)
	}
	require.Equal(t, []string{"1.0", "1.1"}, versions)
	require.Equal(t, "analysis", m.Sources()[2].Module)
	require.Len(t, m.Sources()[2].Migrations, 2)

	cfg = load(t, cfgCase{files: []string{"db.script.locations=classpath:"}})
	require.Len(t, names(t, cfg.Modules[0].Locations[0].FS), len(testClasspath()))

	_, err = migrate.New(load(t, cfgCase{files: []string{"db.myplaces.script.locations=flyway/myplaces, flyway/analysis"}}))
	require.ErrorIs(t, err, migrate.ErrDuplicateVersion)
}

// The shipped oskari.properties with an installation's
// oskari-ext.properties on top, and a deployment's environment over both.
func TestLoadConfigOskariFiles(t *testing.T) {
	t.Parallel()
	cfg, err := migrate.LoadConfig(migrate.LoadOptions{
		Files:     []string{"testdata/config/oskari.properties", "testdata/config/oskari-ext.properties"},
		Environ:   []string{"DB_USERLAYER_STATUS_TABLE=oskari_status_userlayer_v2", "DB_PASSWORD=from-env"},
		Classpath: testClasspath(),
	})
	require.NoError(t, err)
	require.Equal(t, "postgres://oskari:from-env@db.internal:5433/oskari?application_name=oskari-map&search_path=oskari", cfg.DatabaseURL)
	require.Equal(t, []string{"core", "myplaces", "analysis", "userlayer"}, moduleNames(cfg))
	require.Equal(t, "postgres://myplaces:places-pw@places.internal:5432/myplaces", cfg.Modules[1].DatabaseURL)
	analysis := cfg.Modules[2]
	require.Empty(t, analysis.DatabaseURL)
	require.Equal(t, []string{"core>=2.0.4", "myplaces"}, analysis.DependsOn)
	require.Equal(t, "classpath:flyway/analysis", analysis.Locations[0].Name)
	require.Equal(t, "classpath:flyway/extra", analysis.Locations[1].Name)
	require.Equal(t, "oskari_status_userlayer_v2", cfg.Modules[3].StatusTable)
	require.True(t, cfg.AutoRepair)
	require.False(t, cfg.SkipInvalidNames)
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	require.Equal(t, "analysis", m.Sources()[2].Module)
}
