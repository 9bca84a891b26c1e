package migrate

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
)

// LoadOptions says where [LoadConfig] reads from.
type LoadOptions struct {
	// Files are Java properties files read in order, later ones overriding
	// earlier ones (oskari.properties, then oskari-ext.properties). They
	// are read as UTF-8. A file that does not exist is an error.
	// Default: none.
	Files []string

	// Environ is the environment, as os.Environ returns it; its variables
	// override the files. Variables with empty values are ignored.
	// Default (nil): os.Environ().
	Environ []string

	// Classpath is where classpath: locations (and locations without a
	// prefix) are found: the application's embedded root, as a Java
	// server's classpath. Default: nil, configured classpath: locations
	// are an error and default ones are skipped.
	Classpath fs.FS

	// Logger receives warnings (unknown keys, missing locations that are
	// skipped) and debug lines (ignored keys). It never receives values.
	// Default: nil, which discards.
	Logger *slog.Logger
}

// LoadConfig reads the configuration of an Oskari-style server from Java
// properties files and the environment and returns a Config that [New] and
// [Run] accept: the module "core", then one module per entry of
// db.additional.modules, each with its Scripts and Locations resolved. Add
// Go steps to the modules ([Config.ModuleByName]) and set Config.Logger
// (LoadConfig leaves it nil) before using it.
//
// It reads Oskari's db.* keys, the free-edition flyway.* keys of Flyway (so
// that a Flyway configuration carries over) and Runway's runway.* keys.
// Files are read in order, later ones overriding earlier ones, with Java's
// syntax (key=value, key: value or key value; # and ! comments; a
// backslash at the end of a line continues it; \uXXXX escapes; no ${}
// expansion). The environment overrides the files. Oskari keys map to
// environment variables upper-cased, with "." and "-" turned into "_"
// (db.myplaces.url is DB_MYPLACES_URL); Flyway and Runway keys as Flyway
// maps its own, camelCase split with "_" (flyway.baselineOnMigrate is
// FLYWAY_BASELINE_ON_MIGRATE, runway.lockTimeout RUNWAY_LOCK_TIMEOUT);
// placeholder names read from the environment are lower-cased. Where an
// Oskari key and a Flyway key set the same thing, the environment still
// overrides the files, and within one of them the Oskari key wins. An
// empty value counts as not set, except that an empty
// db.additional.modules means no additional modules.
//
// Keys (<m> is a module of db.additional.modules; core's keys have none):
//
//	key                               environment                       default                  sets
//	db.url                            DB_URL                            jdbc:postgresql://localhost:5432/oskaridb
//	                                                                                             Config.DatabaseURL
//	db.username, db.password          DB_USERNAME, DB_PASSWORD          the URL's                Config.DatabaseURL
//	db.script.locations               DB_SCRIPT_LOCATIONS               /flyway/oskari           core Locations
//	db.status_table                   DB_STATUS_TABLE                   runway.statusTablePrefix core StatusTable
//	db.baseline                       DB_BASELINE                       none                     core Baseline
//	db.target                         DB_TARGET                         latest                   core Target
//	db.placeholders.<name>            DB_PLACEHOLDERS_<NAME>            none                     core Placeholders
//	db.additional.modules             DB_ADDITIONAL_MODULES             myplaces,userlayer       Modules after core
//	db.<m>.url                        DB_<M>_URL                        db.url                   Module.DatabaseURL
//	db.<m>.username, db.<m>.password  DB_<M>_USERNAME, DB_<M>_PASSWORD  db.username, db.password Module.DatabaseURL
//	db.<m>.script.locations           DB_<M>_SCRIPT_LOCATIONS           /flyway/<m>              Module.Locations
//	db.<m>.status_table               DB_<M>_STATUS_TABLE               <prefix>_<m>             Module.StatusTable
//	db.<m>.baseline                   DB_<M>_BASELINE                   none                     Module.Baseline
//	db.<m>.target                     DB_<M>_TARGET                     latest                   Module.Target
//	db.<m>.depends_on                 DB_<M>_DEPENDS_ON                 none                     Module.DependsOn
//	db.<m>.placeholders.<name>        DB_<M>_PLACEHOLDERS_<NAME>        none                     Module.Placeholders
//	db.jndi.name, db.<m>.jndi.name    DB_JNDI_NAME, DB_<M>_JNDI_NAME                             ignored (debug log)
//	db.jndi.driverClassName           DB_JNDI_DRIVERCLASSNAME                                    ignored (debug log)
//	db.additional.pools               DB_ADDITIONAL_POOLS                                        ignored (debug log)
//	db.flyway                         DB_FLYWAY                         true                     Config.Disabled = !value
//	db.ignoreMigrationFailures        DB_IGNOREMIGRATIONFAILURES        false                    Config.IgnoreMigrationFailures
//	db.flyway.autorepair              DB_FLYWAY_AUTOREPAIR              false                    Config.AutoRepair
//	db.flyway.validateMigrationNaming DB_FLYWAY_VALIDATEMIGRATIONNAMING true                     Config.SkipInvalidNames = !value
//	flyway.url                        FLYWAY_URL                        (db.url wins)            Config.DatabaseURL
//	flyway.user, flyway.password      FLYWAY_USER, FLYWAY_PASSWORD      (db.username, … win)     Config.DatabaseURL
//	flyway.defaultSchema              FLYWAY_DEFAULT_SCHEMA             the connection's         Config.Schema
//	flyway.schemas                    FLYWAY_SCHEMAS                    none                     Config.Schema: the first
//	flyway.table                      FLYWAY_TABLE                      (db.status_table wins)   core StatusTable
//	flyway.locations                  FLYWAY_LOCATIONS                  (db.script.locations …)  core Locations
//	flyway.target                     FLYWAY_TARGET                     (db.target wins)         core Target
//	flyway.baselineOnMigrate          FLYWAY_BASELINE_ON_MIGRATE        false                    every Module.BaselineOnMigrate
//	flyway.baselineVersion            FLYWAY_BASELINE_VERSION           1                        every Module.BaselineVersion
//	flyway.baselineDescription        FLYWAY_BASELINE_DESCRIPTION       << Flyway Baseline >>    every Module.BaselineDescription
//	flyway.outOfOrder                 FLYWAY_OUT_OF_ORDER               false                    Config.OutOfOrder
//	flyway.validateOnMigrate          FLYWAY_VALIDATE_ON_MIGRATE        true                     Config.SkipValidation = !value
//	flyway.ignoreMigrationPatterns    FLYWAY_IGNORE_MIGRATION_PATTERNS  *:future                 Config.IgnoreMigrationPatterns
//	flyway.placeholders.<name>        FLYWAY_PLACEHOLDERS_<NAME>        none                     Config.Placeholders
//	flyway.placeholderReplacement     FLYWAY_PLACEHOLDER_REPLACEMENT    true                     Config.NoPlaceholders = !value
//	flyway.mixed                      FLYWAY_MIXED                      false                    Config.Mixed
//	flyway.installedBy                FLYWAY_INSTALLED_BY               current_user             Config.InstalledBy
//	flyway.lockRetryCount             FLYWAY_LOCK_RETRY_COUNT           (runway.lockTimeout …)   Config.LockTimeout
//	flyway.validateMigrationNaming    FLYWAY_VALIDATE_MIGRATION_NAMING  (db.flyway.… wins)       Config.SkipInvalidNames = !value
//	flyway.failOnMissingLocations     FLYWAY_FAIL_ON_MISSING_LOCATIONS  not set                  see Locations
//	runway.lockTimeout                RUNWAY_LOCK_TIMEOUT               5m                       Config.LockTimeout
//	runway.statusTimeout              RUNWAY_STATUS_TIMEOUT             30s                      Config.StatusTimeout
//	runway.retryConnect               RUNWAY_RETRY_CONNECT              0 (no retry)             Config.RetryConnect
//	runway.statusTablePrefix          RUNWAY_STATUS_TABLE_PREFIX        oskari_status            Config.StatusTablePrefix
//	runway.legacyTables               RUNWAY_LEGACY_TABLES              upgrade                  Config.LegacyTables
//	runway.snapshot.dir               RUNWAY_SNAPSHOT_DIR               none (off)               Config.Snapshot.Dir
//	runway.snapshot.keep              RUNWAY_SNAPSHOT_KEEP              5                        Config.Snapshot.Keep
//	runway.snapshot.pgDump            RUNWAY_SNAPSHOT_PG_DUMP           pg_dump in PATH          Config.Snapshot.PgDump
//	runway.snapshot.timeout           RUNWAY_SNAPSHOT_TIMEOUT           none                     Config.Snapshot.Timeout
//	runway.lint                       RUNWAY_LINT                       off                      Config.Lint (off, warn or error)
//
// "(x wins)" marks a Flyway key that sets what an Oskari or Runway key
// also sets: the Flyway key applies when the other is not set.
// Module.DatabaseURL stays empty when the module's URL, user and password
// give core's connection string. db.<m>.depends_on lists modules, each
// optionally with a minimum version ("core>=2.0.4, myplaces").
// runway.lockTimeout is a Go duration ("30s", "5m"; negative waits until
// the context ends); without it, flyway.lockRetryCount sets the timeout to
// that many seconds, as Flyway retries once a second (-1 waits until the
// context ends, 0 tries once). runway.statusTimeout (negative: no bound)
// and runway.retryConnect are Go durations too. runway.legacyTables is
// upgrade or refuse. runway.snapshot.timeout is a Go duration;
// runway.snapshot.keep a whole number (negative keeps every snapshot).
// flyway.target, flyway.table and flyway.locations are core's, since a
// Flyway configuration describes one status table; the baseline keys
// apply to every module.
//
// Booleans are true or false, in any case. Lists are separated by commas,
// with spaces allowed around them.
//
// Databases: a URL is a JDBC URL (jdbc:postgresql://host:port/db?params,
// several hosts separated by commas, IPv6 addresses in brackets, port
// 5432 by default), a postgres:// URL or a key=value DSN; JDBC URLs become
// postgres:// URLs. Of the JDBC parameters, user and password are used
// when db.username and db.password are not set (those always win);
// currentSchema becomes the connection's search_path (where Runway then
// keeps the status tables, as Flyway does); ssl, sslmode, sslfactory
// (NonValidatingFactory), sslcert, sslkey, sslrootcert, sslpassword,
// connectTimeout, loginTimeout, ApplicationName, options and
// targetServerType become their libpq equivalents; others are warned
// about and dropped.
//
// Locations: "classpath:flyway/x", or "flyway/x" or "/flyway/x" without
// a prefix, are directories inside LoadOptions.Classpath; "filesystem:dir"
// is a directory on disk (relative to the working directory). A module's
// first location becomes its Scripts, the others its Locations. A default
// location that does not exist is skipped silently (the module may have Go
// steps only); a configured one that does not exist is an error, or a
// warning when flyway.failOnMissingLocations is false. With
// flyway.failOnMissingLocations=true a missing default location is an
// error too.
//
// Baselines: no module gets a baseline by default. Oskari writes a
// baseline row when it creates a status table (core at 2.0.0, the other
// modules at 0.1); its own scripts start above those versions, so the same
// migrations run without it, while a default baseline would silently skip
// a ported module's low-numbered scripts. Without a baseline, a schema
// that holds objects but no status table of any module is refused
// ([ErrNonEmptySchema]) rather than adopted. Set db.baseline=2.0.0 and
// db.<m>.baseline=0.1 for status tables identical to Oskari's.
//
// A Flyway configuration: when flyway.url (FLYWAY_URL) is set and db.url
// (DB_URL) is not, the defaults become Flyway's: no additional modules,
// core's status table flyway_schema_history, its location
// classpath:db/migration, and badly named .sql files skipped with a
// warning (Flyway's validateMigrationNaming=false).
//
// An unknown db.*, flyway.* or runway.* key in a file, or an unknown
// FLYWAY_* or RUNWAY_* variable, is logged as a warning naming the closest
// known key; DB_* variables that match no key are not (containers often
// set unrelated ones). Every bad value is reported at once (joined with
// [errors.Join]), each as a [*ConfigError] naming the key, the value and
// the file:line or environment variable it came from. Passwords never
// appear in errors or logs; URLs appear without user information and
// password parameters.
func LoadConfig(opts LoadOptions) (Config, error) {
	l := newLoader(opts)
	cfg := l.config()
	l.warnUnknown(cfg.Modules)
	switch len(l.errs) {
	case 0:
		return cfg, nil
	case 1:
		return Config{}, l.errs[0]
	}
	return Config{}, errors.Join(l.errs...)
}

// ConfigError is a bad configuration value found by [LoadConfig]. It
// unwraps to [ErrInvalidConfig] and to the cause. Error reads
//
//	oskari-ext.properties:12: db.myplaces.url="jdbc:postgresql://db:54x2/oskari": port "54x2" is not a number
//	$DB_FLYWAY: db.flyway="ture": expected true or false
type ConfigError struct {
	Key    string // the property key (db.myplaces.url), also for values from the environment; empty for unreadable files
	Value  string // the value; "(redacted)" for passwords, URLs without user information and passwords
	Source string // "file:line", or "$NAME" for an environment variable
	Err    error  // what is wrong
}

func (e *ConfigError) Error() string {
	if e.Key == "" {
		return fmt.Sprintf("%s: %v", e.Source, e.Err)
	}
	return fmt.Sprintf("%s: %s=%q: %v", e.Source, e.Key, e.Value, e.Err)
}

// Unwrap returns [ErrInvalidConfig] and the cause.
func (e *ConfigError) Unwrap() []error { return []error{ErrInvalidConfig, e.Err} }

// ModuleByName returns the module named name, or nil, so that Go steps can
// be added to a loaded configuration.
func (cfg *Config) ModuleByName(name string) *Module {
	for i := range cfg.Modules {
		if cfg.Modules[i].Name == name {
			return &cfg.Modules[i]
		}
	}
	return nil
}
