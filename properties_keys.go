package migrate

import (
	"log/slog"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// envName is the environment variable of a property key. Oskari's keys
// are upper-cased with "." and "-" turned into "_" (db.myplaces.url is
// DB_MYPLACES_URL); Flyway's and Runway's are mapped as Flyway maps its
// own, with "_" also before each capital (flyway.baselineOnMigrate is
// FLYWAY_BASELINE_ON_MIGRATE). A prefix ("db.x.placeholders.") maps to the
// prefix of variable names ("DB_X_PLACEHOLDERS_").
func envName(key string) string {
	camel := strings.HasPrefix(key, "flyway.") || strings.HasPrefix(key, "runway.")
	var b strings.Builder
	prev := rune(0)
	for _, r := range key {
		switch {
		case r == '.' || r == '-':
			b.WriteByte('_')
		case camel && unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			b.WriteByte('_')
			b.WriteRune(r)
		default:
			b.WriteRune(unicode.ToUpper(r))
		}
		prev = r
	}
	return b.String()
}

// moduleKeys are the keys db.<module>.<key> of a module.
var moduleKeys = []string{"url", "username", "password", "script.locations", "status_table",
	"jndi.name", "baseline", "target", "depends_on"}

// flywayUnsupported are Flyway keys Runway does not implement; they are
// warned about as such rather than as unknown keys.
var flywayUnsupported = []string{
	"flyway.callbacks", "flyway.cleanDisabled", "flyway.cleanOnValidationError", "flyway.connectRetries",
	"flyway.connectRetriesInterval", "flyway.createSchemas", "flyway.detectEncoding", "flyway.driver",
	"flyway.encoding", "flyway.group", "flyway.ignoreFutureMigrations", "flyway.ignoreIgnoredMigrations",
	"flyway.ignoreMissingMigrations", "flyway.ignorePendingMigrations", "flyway.initSql", "flyway.jarDirs",
	"flyway.licenseKey", "flyway.placeholderPrefix", "flyway.placeholderSuffix",
	"flyway.repeatableSqlMigrationPrefix", "flyway.resolvers", "flyway.skipDefaultCallbacks",
	"flyway.skipDefaultResolvers", "flyway.sqlMigrationPrefix", "flyway.sqlMigrationSeparator",
	"flyway.sqlMigrationSuffixes", "flyway.undoSqlMigrationPrefix",
}

// warnUnknown warns about keys in the files, and FLYWAY_* and RUNWAY_*
// variables, that LoadConfig did not use, naming the closest known key.
func (l *loader) warnUnknown(mods []Module) {
	names := map[string]bool{}
	for _, m := range mods {
		names[m.Name] = true
	}
	known := slices.Sorted(maps.Keys(l.known))
	for _, k := range l.order {
		head, _, _ := strings.Cut(k, ".")
		if head != "db" && head != "flyway" && head != "runway" || l.known[k] || l.underPrefix(k, false) {
			continue
		}
		attrs := []slog.Attr{slog.String("key", k), slog.String("source", l.files[k].source)}
		hint := slog.String("did_you_mean", closest(k, known))
		switch m := unlistedModule(k, names); {
		case slices.Contains(flywayUnsupported, k):
			l.warn("Flyway setting not supported by Runway; ignored", attrs...)
		case m != "":
			l.warn("configuration key of a module not in db.additional.modules; ignored", append(attrs, slog.String("module", m), hint)...)
		default:
			l.warn("unknown configuration key; ignored", append(attrs, hint)...)
		}
	}
	knownEnv := map[string]bool{}
	var candidates []string
	for _, k := range append(known, flywayUnsupported...) {
		knownEnv[envName(k)] = true
		candidates = append(candidates, envName(k))
	}
	for _, name := range l.envNames {
		if !strings.HasPrefix(name, "FLYWAY_") && !strings.HasPrefix(name, "RUNWAY_") || l.underPrefix(name, true) {
			continue
		}
		switch {
		case slices.ContainsFunc(flywayUnsupported, func(k string) bool { return envName(k) == name }):
			l.warn("Flyway setting not supported by Runway; ignored", slog.String("variable", name))
		case !knownEnv[name]:
			l.warn("unknown configuration variable; ignored", slog.String("variable", name), slog.String("did_you_mean", closest(name, candidates)))
		}
	}
}

// underPrefix reports whether a key (or environment variable) is under a
// prefix LoadConfig read, such as flyway.placeholders.
func (l *loader) underPrefix(k string, env bool) bool {
	return slices.ContainsFunc(l.prefixes, func(p string) bool {
		if env {
			p = envName(p)
		}
		return len(k) > len(p) && strings.HasPrefix(k, p)
	})
}

// unlistedModule returns the module a db.<module>.<key> key names when
// that module is not configured, or "".
func unlistedModule(k string, names map[string]bool) string {
	rest, _ := strings.CutPrefix(k, "db.")
	m, key, _ := strings.Cut(rest, ".")
	if names[m] || reservedModules[m] || !validModuleName(m) {
		return ""
	}
	if slices.Contains(moduleKeys, key) || strings.HasPrefix(key, "placeholders.") {
		return m
	}
	return ""
}

// closest returns the candidate with the smallest edit distance to s,
// ignoring case; the first of equals.
func closest(s string, candidates []string) string {
	best, dist := "", -1
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(s), strings.ToLower(c)); dist < 0 || d < dist {
			best, dist = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
