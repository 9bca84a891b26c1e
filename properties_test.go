package migrate_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// cfgCase is one LoadConfig call: properties files written in order as
// 1.properties, 2.properties, …, the environment and the classpath.
type cfgCase struct {
	files       []string
	env         []string
	noClasspath bool
}

// cfgResult is what LoadConfig returned and logged.
type cfgResult struct {
	cfg   migrate.Config
	err   error
	logs  []map[string]any // records without time
	raw   string
	paths []string
}

// expand replaces {1}, {2}, … with the paths of the files.
func (r cfgResult) expand(s string) string {
	for i, p := range r.paths {
		s = strings.ReplaceAll(s, fmt.Sprintf("{%d}", i+1), p)
	}
	return s
}

func testClasspath() fstest.MapFS {
	sql := &fstest.MapFile{Data: []byte("SELECT 1;\n")}
	return fstest.MapFS{
		"flyway/oskari/V2_0_1__core.sql":        sql,
		"flyway/myplaces/V1_0__myplaces.sql":    sql,
		"flyway/userlayer/V1_0__userlayer.sql":  sql,
		"flyway/analysis/V1_0__analysis.sql":    sql,
		"flyway/extra/V5__extra.sql":            sql,
		"flyway/extra/helper.json":              sql,
		"flyway/file.txt":                       sql,
		"db/migration/V1__flyway.sql":           sql,
		"db/migration/sub/V2__flyway_again.sql": sql,
	}
}

func loadConfig(t *testing.T, c cfgCase) cfgResult {
	t.Helper()
	dir := t.TempDir()
	var r cfgResult
	for i, text := range c.files {
		p := filepath.Join(dir, fmt.Sprintf("%d.properties", i+1))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o600))
		r.paths = append(r.paths, p)
	}
	var buf bytes.Buffer
	opts := migrate.LoadOptions{Files: r.paths, Environ: append([]string{}, c.env...),
		Logger: slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	if !c.noClasspath {
		opts.Classpath = testClasspath()
	}
	r.cfg, r.err = migrate.LoadConfig(opts)
	r.raw = buf.String()
	for dec := json.NewDecoder(&buf); dec.More(); {
		var rec map[string]any
		require.NoError(t, dec.Decode(&rec))
		delete(rec, "time")
		r.logs = append(r.logs, rec)
	}
	return r
}

// load is loadConfig for a configuration that must load.
func load(t *testing.T, c cfgCase) migrate.Config {
	t.Helper()
	r := loadConfig(t, c)
	require.NoError(t, r.err)
	return r.cfg
}

// names lists the files of an fs.FS.
func names(t *testing.T, fsys fs.FS) []string {
	t.Helper()
	if fsys == nil {
		return nil
	}
	var out []string
	require.NoError(t, fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, p)
		}
		return err
	}))
	return out
}

func moduleNames(cfg migrate.Config) []string {
	var out []string
	for _, m := range cfg.Modules {
		out = append(out, m.Name)
	}
	return out
}

func TestLoadConfigDefaults(t *testing.T) {
	t.Parallel()
	cfg := load(t, cfgCase{})
	require.Equal(t, "postgres://localhost:5432/oskaridb", cfg.DatabaseURL)
	require.Equal(t, []string{"core", "myplaces", "userlayer"}, moduleNames(cfg))
	require.Equal(t, []string{"V2_0_1__core.sql"}, names(t, cfg.Modules[0].Locations[0].FS))
	require.Equal(t, []string{"V1_0__myplaces.sql"}, names(t, cfg.Modules[1].Locations[0].FS))
	for _, m := range cfg.Modules {
		require.Empty(t, m.DatabaseURL, m.Name)
		require.Empty(t, m.StatusTable, m.Name)
		require.Len(t, m.Locations, 1, m.Name) // the default location, named
		require.Equal(t, "classpath:flyway/"+map[string]string{"core": "oskari"}[m.Name]+map[bool]string{true: m.Name}[m.Name != "core"], m.Locations[0].Name)
		require.Empty(t, m.Baseline, m.Name)
		require.Empty(t, m.Target, m.Name)
		require.Empty(t, m.DependsOn, m.Name)
		require.False(t, m.BaselineOnMigrate, m.Name)
	}
	require.Nil(t, cfg.Logger)
	require.False(t, cfg.Disabled || cfg.IgnoreMigrationFailures || cfg.AutoRepair || cfg.SkipInvalidNames ||
		cfg.OutOfOrder || cfg.SkipValidation || cfg.Mixed || cfg.NoPlaceholders)
	require.Zero(t, cfg.LockTimeout)
	require.Nil(t, cfg.IgnoreMigrationPatterns)
	require.Empty(t, cfg.Schema+cfg.InstalledBy+cfg.StatusTablePrefix)

	m, err := migrate.New(cfg)
	require.NoError(t, err)
	require.Len(t, m.Sources(), 3)
}

// A Go-steps-only module: its default location does not exist and is
// skipped; the application adds its steps.
func TestLoadConfigStepsOnly(t *testing.T) {
	t.Parallel()
	cfg := load(t, cfgCase{files: []string{"db.additional.modules = custom"}})
	require.Equal(t, []string{"core", "custom"}, moduleNames(cfg))
	custom := cfg.ModuleByName("custom")
	require.Empty(t, custom.Locations)
	custom.Steps = append(custom.Steps, step("1.0", "go step", "SELECT 1"))
	_, err := migrate.New(cfg)
	require.NoError(t, err)
	require.Nil(t, cfg.ModuleByName("nope"))
}

func TestLoadConfigKeys(t *testing.T) {
	t.Parallel()
	for name, tt := range map[string]struct {
		files []string
		env   []string
		check func(t *testing.T, cfg migrate.Config)
	}{
		"core datasource": {
			files: []string{"db.url=jdbc:postgresql://db.example:5433/oskari\ndb.username=oskari\ndb.password=pw"},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, "postgres://oskari:pw@db.example:5433/oskari", cfg.DatabaseURL)
			},
		},
		"module list with spaces": {
			files: []string{"db.additional.modules =  myplaces ,analysis ,  userlayer,"},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, []string{"core", "myplaces", "analysis", "userlayer"}, moduleNames(cfg))
				require.Equal(t, []string{"V1_0__analysis.sql"}, names(t, cfg.Modules[2].Locations[0].FS))
			},
		},
		"no additional modules": {
			files: []string{"db.additional.modules="},
			check: func(t *testing.T, cfg migrate.Config) { require.Equal(t, []string{"core"}, moduleNames(cfg)) },
		},
		"module datasources": {
			files: []string{`db.url=jdbc:postgresql://db/oskari
db.username=oskari
db.password=pw
db.additional.modules=myplaces,userlayer,analysis
db.myplaces.url=jdbc:postgresql://other/places
db.userlayer.username=ul
db.userlayer.password=ulpw
db.analysis.url=postgres://oskari:pw@db:5432/oskari`},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, "postgres://oskari:pw@other:5432/places", cfg.ModuleByName("myplaces").DatabaseURL)
				require.Equal(t, "postgres://ul:ulpw@db:5432/oskari", cfg.ModuleByName("userlayer").DatabaseURL)
				require.Empty(t, cfg.ModuleByName("analysis").DatabaseURL, "same as core's")
			},
		},
		"locations": {
			files: []string{"db.script.locations=classpath:flyway/oskari, /flyway/extra\ndb.myplaces.script.locations=flyway/myplaces/"},
			check: func(t *testing.T, cfg migrate.Config) {
				core := cfg.Modules[0]
				require.Equal(t, []string{"V2_0_1__core.sql"}, names(t, core.Locations[0].FS))
				require.Len(t, core.Locations, 2)
				require.Equal(t, "classpath:flyway/extra", core.Locations[1].Name)
				require.Equal(t, []string{"V5__extra.sql", "helper.json"}, names(t, core.Locations[1].FS))
				require.Equal(t, []string{"V1_0__myplaces.sql"}, names(t, cfg.Modules[1].Locations[0].FS))
			},
		},
		"status tables": {
			files: []string{"db.status_table=core_status\ndb.myplaces.status_table=places_status\nrunway.statusTablePrefix=app_status"},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, "core_status", cfg.Modules[0].StatusTable)
				require.Equal(t, "places_status", cfg.Modules[1].StatusTable)
				require.Empty(t, cfg.Modules[2].StatusTable)
				require.Equal(t, "app_status", cfg.StatusTablePrefix)
			},
		},
		"oskari switches": {
			files: []string{"db.flyway=false\ndb.ignoreMigrationFailures=TRUE\ndb.flyway.autorepair=true\ndb.flyway.validateMigrationNaming=False"},
			check: func(t *testing.T, cfg migrate.Config) {
				require.True(t, cfg.Disabled && cfg.IgnoreMigrationFailures && cfg.AutoRepair && cfg.SkipInvalidNames)
			},
		},
		"baselines and targets": {
			files: []string{"db.baseline=2.0.0\ndb.myplaces.baseline=0.1\ndb.target=2.1?\ndb.userlayer.target=current"},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, "2.0.0", cfg.Modules[0].Baseline)
				require.Equal(t, "0.1", cfg.Modules[1].Baseline)
				require.Empty(t, cfg.Modules[2].Baseline)
				require.Equal(t, "2.1?", cfg.Modules[0].Target)
				require.Empty(t, cfg.Modules[1].Target)
				require.Equal(t, "current", cfg.Modules[2].Target)
			},
		},
		"depends_on": {
			files: []string{"db.additional.modules=myplaces, analysis\ndb.myplaces.depends_on = core>=2.0.4,  analysis"},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, []string{"core>=2.0.4", "analysis"}, cfg.ModuleByName("myplaces").DependsOn)
				m, err := migrate.New(cfg)
				require.NoError(t, err)
				require.Equal(t, "analysis", m.Sources()[1].Module)
			},
		},
		"placeholders": {
			files: []string{"flyway.placeholders.Owner=oskari\ndb.placeholders.srid=3067\ndb.myplaces.placeholders.Table=places\nflyway.placeholders.raw=${not.expanded}"},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, map[string]string{"owner": "oskari", "raw": "${not.expanded}"}, cfg.Placeholders)
				require.Equal(t, map[string]string{"srid": "3067"}, cfg.Modules[0].Placeholders)
				require.Equal(t, map[string]string{"table": "places"}, cfg.Modules[1].Placeholders)
				require.Nil(t, cfg.Modules[2].Placeholders)
			},
		},
		"flyway keys": {
			files: []string{`db.url=jdbc:postgresql://db/oskari
flyway.user=fw
flyway.password=fwpw
flyway.defaultSchema=oskari
flyway.schemas=other
flyway.outOfOrder=true
flyway.validateOnMigrate=false
flyway.ignoreMigrationPatterns=*:missing, versioned:ignored
flyway.placeholderReplacement=false
flyway.mixed=true
flyway.installedBy=deployer
flyway.lockRetryCount=10
flyway.baselineOnMigrate=true
flyway.baselineVersion=1.5
flyway.baselineDescription=adopted
flyway.target=2.0.5
flyway.table=my_history
flyway.locations=classpath:flyway/extra
flyway.validateMigrationNaming=false
flyway.failOnMissingLocations=true`},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, "postgres://fw:fwpw@db:5432/oskari", cfg.DatabaseURL)
				require.Equal(t, "oskari", cfg.Schema)
				require.True(t, cfg.OutOfOrder && cfg.SkipValidation && cfg.NoPlaceholders && cfg.Mixed && cfg.SkipInvalidNames)
				require.Equal(t, []string{"*:missing", "versioned:ignored"}, cfg.IgnoreMigrationPatterns)
				require.Equal(t, "deployer", cfg.InstalledBy)
				require.Equal(t, 10*time.Second, cfg.LockTimeout)
				for _, m := range cfg.Modules {
					require.True(t, m.BaselineOnMigrate, m.Name)
					require.Equal(t, "1.5", m.BaselineVersion, m.Name)
					require.Equal(t, "adopted", m.BaselineDescription, m.Name)
				}
				core := cfg.Modules[0]
				require.Equal(t, "2.0.5", core.Target)
				require.Empty(t, cfg.Modules[1].Target, "flyway.target is core's")
				require.Equal(t, "my_history", core.StatusTable)
				require.Equal(t, []string{"V5__extra.sql", "helper.json"}, names(t, core.Locations[0].FS))
				require.Equal(t, []string{"core", "myplaces", "userlayer"}, moduleNames(cfg))
			},
		},
		"empty values are not set": {
			files: []string{"db.url=jdbc:postgresql://h/db\ndb.username=\ndb.password=\nflyway.user=fw\ndb.status_table=\ndb.flyway=\nflyway.lockRetryCount= "},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, "postgres://fw@h:5432/db", cfg.DatabaseURL)
				require.Empty(t, cfg.Modules[0].StatusTable)
				require.False(t, cfg.Disabled)
				require.Zero(t, cfg.LockTimeout)
			},
		},
		"flyway.schemas": {
			files: []string{"flyway.schemas = app, other"},
			check: func(t *testing.T, cfg migrate.Config) { require.Equal(t, "app", cfg.Schema) },
		},
		"lockRetryCount -1 waits forever": {
			files: []string{"flyway.lockRetryCount=-1"},
			check: func(t *testing.T, cfg migrate.Config) { require.Equal(t, time.Duration(-1), cfg.LockTimeout) },
		},
		"lockRetryCount 0 tries once": {
			files: []string{"flyway.lockRetryCount=0"},
			check: func(t *testing.T, cfg migrate.Config) { require.Equal(t, time.Nanosecond, cfg.LockTimeout) },
		},
		"runway.lockTimeout wins": {
			files: []string{"flyway.lockRetryCount=10\nrunway.lockTimeout=1m30s"},
			check: func(t *testing.T, cfg migrate.Config) { require.Equal(t, 90*time.Second, cfg.LockTimeout) },
		},
		"runway keys": {
			files: []string{"runway.lockTimeout=-1s\nrunway.legacyTables=Refuse\nrunway.poolMode=Transaction\n" +
				"runway.migrationLockTimeout=5s\nrunway.retryBudget=-1s\nrunway.migrationStatementTimeout=1m\n" +
				"runway.idleInTransactionTimeout=30m\nrunway.progressInterval=1m\nrunway.statusTimeout=750ms"},
			env: []string{"RUNWAY_RETRY_CONNECT=1m"},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, 5*time.Second, cfg.MigrationLockTimeout)
				require.Equal(t, -time.Second, cfg.RetryBudget)
				require.Equal(t, time.Minute, cfg.MigrationStatementTimeout)
				require.Equal(t, 30*time.Minute, cfg.IdleInTransactionTimeout)
				require.Equal(t, time.Minute, cfg.ProgressInterval)
				require.Equal(t, -time.Second, cfg.LockTimeout)
				require.Equal(t, migrate.PoolTransaction, cfg.PoolMode)
				require.Equal(t, migrate.LegacyRefuse, cfg.LegacyTables)
				require.Equal(t, 750*time.Millisecond, cfg.StatusTimeout)
				require.Equal(t, time.Minute, cfg.RetryConnect)
			},
		},
		"snapshot keys": {
			files: []string{"runway.snapshot.dir=/var/backups/runway\nrunway.snapshot.keep=-1\nrunway.snapshot.pgDump=/usr/lib/postgresql/16/bin/pg_dump\nrunway.snapshot.timeout=20m"},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, migrate.SnapshotOptions{Dir: "/var/backups/runway", Keep: -1,
					PgDump: "/usr/lib/postgresql/16/bin/pg_dump", Timeout: 20 * time.Minute}, cfg.Snapshot)
			},
		},
		"flyway configuration": {
			files: []string{"flyway.url=jdbc:postgresql://h/app\nflyway.user=app"},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, "postgres://app@h:5432/app", cfg.DatabaseURL)
				require.Equal(t, []string{"core"}, moduleNames(cfg))
				require.Equal(t, "flyway_schema_history", cfg.Modules[0].StatusTable)
				require.Equal(t, []string{"V1__flyway.sql", "sub/V2__flyway_again.sql"}, names(t, cfg.Modules[0].Locations[0].FS))
				require.True(t, cfg.SkipInvalidNames, "Flyway's default validateMigrationNaming=false")
			},
		},
		"flyway configuration with strict names": {
			files: []string{"flyway.url=jdbc:postgresql://h/app\nflyway.validateMigrationNaming=true"},
			check: func(t *testing.T, cfg migrate.Config) { require.False(t, cfg.SkipInvalidNames) },
		},
		"oskari keys win over flyway keys": {
			files: []string{`flyway.url=jdbc:postgresql://flyway/db
db.url=jdbc:postgresql://oskari/db
flyway.table=fw_table
db.status_table=oskari_table
flyway.locations=classpath:flyway/extra
db.script.locations=classpath:flyway/oskari
flyway.target=1
db.target=2
flyway.validateMigrationNaming=false
db.flyway.validateMigrationNaming=true`},
			check: func(t *testing.T, cfg migrate.Config) {
				require.Equal(t, "postgres://oskari:5432/db", cfg.DatabaseURL)
				core := cfg.Modules[0]
				require.Equal(t, "oskari_table", core.StatusTable)
				require.Equal(t, []string{"V2_0_1__core.sql"}, names(t, core.Locations[0].FS))
				require.Equal(t, "2", core.Target)
				require.False(t, cfg.SkipInvalidNames)
				require.Equal(t, []string{"core", "myplaces", "userlayer"}, moduleNames(cfg))
			},
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			tt.check(t, load(t, cfgCase{files: tt.files, env: tt.env}))
		})
	}
}
