package migrate

import (
	"context"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"
)

// Defaults of LoadConfig.
const (
	defaultDatabaseURL = "jdbc:postgresql://localhost:5432/oskaridb"
	defaultModules     = "myplaces,userlayer"
	flywayTable        = "flyway_schema_history"
	flywayLocation     = "classpath:db/migration"
)

// reservedModules cannot be listed in db.additional.modules: core is
// always there, and the others would make keys ambiguous (db.flyway.*,
// db.placeholders.*).
var reservedModules = map[string]bool{coreModule: true, "flyway": true, "placeholders": true}

// datasource is a module's database settings.
type datasource struct {
	url            setting
	user, password string
}

// config builds the Config from what l read.
func (l *loader) config() Config {
	_, dbURL := l.text("db.url")
	_, flywayURL := l.text("flyway.url")
	l.flywayMode = flywayURL && !dbURL
	var cfg Config
	l.switches(&cfg)
	l.flywaySettings(&cfg)
	l.runwaySettings(&cfg)
	tmpl := Module{
		BaselineOnMigrate: l.flag(false, "flyway.baselineOnMigrate"),
		BaselineVersion:   l.version("flyway.baselineVersion"),
	}
	if s, ok := l.text("flyway.baselineDescription"); ok {
		tmpl.BaselineDescription = s.value
	}
	core := l.coreDatasource()
	cfg.DatabaseURL = l.connect(core)
	l.ignored("db.jndi.driverClassName")
	l.ignored("db.additional.pools")
	names := l.moduleNames()
	all := map[string]bool{coreModule: true}
	for _, n := range names {
		all[n] = true
	}
	cfg.Modules = append(cfg.Modules, l.module(coreModule, tmpl, all))
	for _, n := range names {
		m := l.module(n, tmpl, all)
		m.DatabaseURL = l.moduleDatabase("db."+n+".", core, cfg.DatabaseURL)
		cfg.Modules = append(cfg.Modules, m)
	}
	return cfg
}

// switches reads the boolean settings of Config.
func (l *loader) switches(cfg *Config) {
	cfg.Disabled = !l.flag(true, "db.flyway")
	cfg.IgnoreMigrationFailures = l.flag(false, "db.ignoreMigrationFailures")
	cfg.AutoRepair = l.flag(false, "db.flyway.autorepair")
	cfg.SkipInvalidNames = !l.flag(!l.flywayMode, "db.flyway.validateMigrationNaming", "flyway.validateMigrationNaming")
	cfg.OutOfOrder = l.flag(false, "flyway.outOfOrder")
	cfg.SkipValidation = !l.flag(true, "flyway.validateOnMigrate")
	cfg.Mixed = l.flag(false, "flyway.mixed")
	cfg.NoPlaceholders = !l.flag(true, "flyway.placeholderReplacement")
	if v, ok, _ := l.optFlag("flyway.failOnMissingLocations"); ok {
		l.failOnMissing = &v
	}
}

// flywaySettings reads Flyway's other Config settings.
func (l *loader) flywaySettings(cfg *Config) {
	cfg.Placeholders = l.placeholders("flyway.placeholders.")
	if s, ok := l.text("flyway.installedBy"); ok {
		if utf8.RuneCountInString(s.value) > 100 {
			l.bad(s, "longer than the 100 characters the status table holds")
		} else {
			cfg.InstalledBy = s.value
		}
	}
	if s, ok := l.text("flyway.ignoreMigrationPatterns"); ok {
		if _, err := parseIgnorePatterns([]string{s.value}); err != nil {
			l.bad(s, "%s", cause(err))
		} else {
			cfg.IgnoreMigrationPatterns = list(s.value)
		}
	}
	if s, ok := l.text("flyway.defaultSchema", "flyway.schemas"); ok {
		cfg.Schema = s.value
		if s.key == "flyway.schemas" {
			cfg.Schema = append(list(s.value), "")[0]
		}
	}
}

// runwaySettings reads Runway's own keys.
func (l *loader) runwaySettings(cfg *Config) {
	cfg.LockTimeout = l.lockTimeout()
	cfg.StatusTimeout = l.duration("runway.statusTimeout")
	cfg.RetryConnect = l.duration("runway.retryConnect")
	if s, ok := l.text("runway.statusTablePrefix"); ok {
		cfg.StatusTablePrefix = s.value
	}
	for _, d := range []struct {
		key string
		dst *time.Duration
	}{
		{"runway.migrationLockTimeout", &cfg.MigrationLockTimeout},
		{"runway.retryBudget", &cfg.RetryBudget},
		{"runway.migrationStatementTimeout", &cfg.MigrationStatementTimeout},
		{"runway.idleInTransactionTimeout", &cfg.IdleInTransactionTimeout},
		{"runway.progressInterval", &cfg.ProgressInterval},
	} {
		if s, ok := l.text(d.key); ok {
			v, err := time.ParseDuration(s.value)
			if err != nil {
				l.bad(s, "expected a duration such as 30s or 5m (negative: off)")
			}
			*d.dst = v
		}
	}
	if s, ok := l.text("runway.poolMode"); ok {
		switch m := PoolMode(strings.ToLower(s.value)); m {
		case PoolSession, PoolTransaction:
			cfg.PoolMode = m
		case "auto":
		default:
			l.bad(s, "expected auto, session or transaction")
		}
	}
	cfg.Lint = l.lintMode()
	if s, ok := l.text("runway.legacyTables"); ok {
		switch strings.ToLower(s.value) {
		case "upgrade":
			cfg.LegacyTables = LegacyUpgrade
		case "refuse":
			cfg.LegacyTables = LegacyRefuse
		default:
			l.bad(s, "expected upgrade or refuse")
		}
	}
	l.snapshotSettings(cfg)
}

// snapshotSettings reads the runway.snapshot.* keys.
func (l *loader) snapshotSettings(cfg *Config) {
	if s, ok := l.text("runway.snapshot.dir"); ok {
		cfg.Snapshot.Dir = s.value
	}
	if s, ok := l.text("runway.snapshot.keep"); ok {
		if n, ok := l.integer(s); ok {
			cfg.Snapshot.Keep = n
		}
	}
	if s, ok := l.text("runway.snapshot.pgDump"); ok {
		cfg.Snapshot.PgDump = s.value
	}
	if s, ok := l.text("runway.snapshot.timeout"); ok {
		d, err := time.ParseDuration(s.value)
		if err != nil || d < 0 {
			l.bad(s, "expected a duration such as 10m or 1h")
		}
		cfg.Snapshot.Timeout = d
	}
}

// duration reads a Go duration ("30s", "5m").
func (l *loader) duration(key string) time.Duration {
	s, ok := l.text(key)
	if !ok {
		return 0
	}
	d, err := time.ParseDuration(s.value)
	if err != nil {
		l.bad(s, "expected a duration such as 30s or 5m")
	}
	return d
}

// lockTimeout reads runway.lockTimeout, or Flyway's lockRetryCount (one
// retry a second).
func (l *loader) lockTimeout() time.Duration {
	s, ok := l.text("runway.lockTimeout", "flyway.lockRetryCount")
	if !ok {
		return 0
	}
	if s.key == "runway.lockTimeout" {
		d, err := time.ParseDuration(s.value)
		if err != nil {
			l.bad(s, "expected a duration such as 30s or 5m")
		}
		return d
	}
	n, ok := l.integer(s)
	switch {
	case !ok:
		return 0
	case n < 0:
		return -1
	case n == 0:
		return time.Nanosecond // one attempt
	}
	return time.Duration(n) * time.Second
}

// moduleNames reads db.additional.modules.
func (l *loader) moduleNames() []string {
	s, ok := l.lookup("db.additional.modules")
	if !ok {
		s = setting{key: "db.additional.modules", value: defaultModules, source: "default"}
		if l.flywayMode {
			s.value = ""
		}
	}
	var names []string
	seen := map[string]bool{}
	for _, n := range list(s.value) {
		switch {
		case !validModuleName(n):
			l.bad(s, "module name %q: use letters, digits, _ and - only", n)
		case reservedModules[n]:
			l.bad(s, "module name %q is reserved", n)
		case seen[n]:
			l.bad(s, "module %q is listed twice", n)
		default:
			seen[n] = true
			names = append(names, n)
		}
	}
	return names
}

// flywayAliases are the Flyway keys that set core's settings.
var flywayAliases = map[string]string{"status_table": "flyway.table", "script.locations": "flyway.locations", "target": "flyway.target"}

// module reads a module's settings (not its database).
func (l *loader) module(name string, tmpl Module, names map[string]bool) Module {
	m := tmpl
	m.Name = name
	isCore := name == coreModule
	prefix := "db." + name + "."
	if isCore {
		prefix = "db."
	}
	keys := func(k string) []string {
		if isCore && flywayAliases[k] != "" {
			return []string{prefix + k, flywayAliases[k]}
		}
		return []string{prefix + k}
	}
	if s, ok := l.text(keys("status_table")...); ok {
		m.StatusTable = s.value
	} else if isCore && l.flywayMode {
		m.StatusTable = flywayTable
	}
	m.Scripts, m.Locations = l.moduleLocations(name, keys("script.locations"))
	m.Baseline = l.version(prefix + "baseline")
	m.Target = l.target(keys("target")...)
	m.Placeholders = l.placeholders(prefix + "placeholders.")
	l.ignored(prefix + "jndi.name")
	if !isCore {
		m.DependsOn = l.dependsOn(prefix+"depends_on", name, names)
	}
	return m
}

// coreDatasource reads core's database settings.
func (l *loader) coreDatasource() datasource {
	u, ok := l.text("db.url", "flyway.url")
	if !ok {
		u = setting{key: "db.url", value: defaultDatabaseURL, source: "default"}
	}
	user, _ := l.text("db.username", "flyway.user")
	return datasource{url: u, user: user.value, password: l.secret("db.password", "flyway.password")}
}

// moduleDatabase reads a module's database settings, each defaulting to
// core's, and returns its connection string, or "" when it is core's.
func (l *loader) moduleDatabase(prefix string, core datasource, coreConn string) string {
	u, hasURL := l.text(prefix + "url")
	user, hasUser := l.text(prefix + "username")
	password := l.secret(prefix + "password")
	if !hasURL && !hasUser && password == "" {
		return ""
	}
	ds := core
	if hasURL {
		ds.url = u
	}
	if hasUser {
		ds.user = user.value
	}
	if password != "" {
		ds.password = password
	}
	if conn := l.connect(ds); conn != coreConn {
		return conn
	}
	return ""
}

// connect returns ds's connection string; "" when it is bad.
func (l *loader) connect(ds datasource) string {
	conn, err := connString(ds.url.value, ds.user, ds.password, func(param string) {
		l.warnOnce("JDBC URL parameter not supported; ignored",
			slog.String("key", ds.url.key), slog.String("param", param), slog.String("source", ds.url.source))
	})
	if err != nil {
		l.bad(ds.url, "%v", err)
		return ""
	}
	return conn
}

// dependsOn reads a module's depends_on list.
func (l *loader) dependsOn(key, self string, names map[string]bool) []string {
	s, ok := l.text(key)
	if !ok {
		return nil
	}
	var out []string
	for _, d := range list(s.value) {
		dep, err := parseDependency(d)
		switch {
		case err != nil:
			l.bad(s, "%s", cause(err))
		case dep.module == self:
			l.bad(s, "module %q depends on itself", self)
		case !names[dep.module]:
			l.bad(s, "module %q is not configured", dep.module)
		default:
			out = append(out, d)
		}
	}
	return out
}

// placeholders reads the keys under prefix ("flyway.placeholders."), and
// the environment variables under its name, into a map of lower-cased
// names.
func (l *loader) placeholders(prefix string) map[string]string {
	l.prefixes = append(l.prefixes, prefix)
	var m map[string]string
	set := func(name, v string) {
		if m == nil {
			m = map[string]string{}
		}
		m[strings.ToLower(name)] = v
	}
	for _, k := range l.order {
		if name, ok := strings.CutPrefix(k, prefix); ok && name != "" {
			set(name, l.files[k].value)
		}
	}
	envPrefix := envName(prefix)
	for _, k := range l.envNames {
		if name, ok := strings.CutPrefix(k, envPrefix); ok && name != "" {
			set(name, l.env[k])
		}
	}
	return m
}

// ignored logs, at debug level, a key Runway accepts and does not use.
func (l *loader) ignored(key string) {
	if s, ok := l.text(key); ok {
		l.log.LogAttrs(context.Background(), slog.LevelDebug, "configuration key has no use in Runway; ignored",
			slog.String("key", key), slog.String("source", s.source))
	}
}

// cause is an ErrInvalidConfig error's explanation.
func cause(err error) string {
	return strings.TrimPrefix(err.Error(), ErrInvalidConfig.Error()+": ")
}
