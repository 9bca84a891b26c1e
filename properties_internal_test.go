package migrate

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestEnvName(t *testing.T) {
	t.Parallel()
	for key, want := range map[string]string{
		"db.url":                             "DB_URL",
		"db.myplaces.url":                    "DB_MYPLACES_URL",
		"db.my-places.script.locations":      "DB_MY_PLACES_SCRIPT_LOCATIONS",
		"db.additional.modules":              "DB_ADDITIONAL_MODULES",
		"db.ignoreMigrationFailures":         "DB_IGNOREMIGRATIONFAILURES",
		"db.flyway.validateMigrationNaming":  "DB_FLYWAY_VALIDATEMIGRATIONNAMING",
		"db.myplaces.placeholders.":          "DB_MYPLACES_PLACEHOLDERS_",
		"flyway.url":                         "FLYWAY_URL",
		"flyway.defaultSchema":               "FLYWAY_DEFAULT_SCHEMA",
		"flyway.baselineOnMigrate":           "FLYWAY_BASELINE_ON_MIGRATE",
		"flyway.placeholderReplacement":      "FLYWAY_PLACEHOLDER_REPLACEMENT",
		"flyway.placeholders.":               "FLYWAY_PLACEHOLDERS_",
		"flyway.ignoreMigrationPatterns":     "FLYWAY_IGNORE_MIGRATION_PATTERNS",
		"flyway.failOnMissingLocations":      "FLYWAY_FAIL_ON_MISSING_LOCATIONS",
		"flyway.lockRetryCount":              "FLYWAY_LOCK_RETRY_COUNT",
		"runway.lockTimeout":                 "RUNWAY_LOCK_TIMEOUT",
		"runway.statusTablePrefix":           "RUNWAY_STATUS_TABLE_PREFIX",
		"flyway.postgresql.transactional.lo": "FLYWAY_POSTGRESQL_TRANSACTIONAL_LO",
	} {
		require.Equal(t, want, envName(key), key)
	}
}

func TestRedactConn(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"jdbc:postgresql://h/db?user=u&password=p&ssl=true":    "jdbc:postgresql://h/db?user=u&password=(redacted)&ssl=true",
		"jdbc:postgresql://u:p@h/db":                           "jdbc:postgresql://h/db",
		"postgres://u:p/w@x@h:5432/db?sslpassword=k":           "postgres://h:5432/db?sslpassword=(redacted)",
		"postgresql://h/db?PASSWORD=p#frag":                    "postgresql://h/db?PASSWORD=(redacted)#frag",
		"jdbc:postgresql:db?password=p":                        "jdbc:postgresql:db?password=(redacted)",
		"host=h password=p user=u":                             "host=h password=(redacted) user=u",
		`host=h password = 'p \' q' user=u`:                    "host=h password = (redacted) user=u",
		`host=h password='unterminated`:                        "host=h password=(redacted)",
		`host=h sslpassword=a\ b port=1`:                       "host=h sslpassword=(redacted) port=1",
		"postgres://h/db":                                      "postgres://h/db",
		"jdbc:postgresql://h/db?password=p&password=q&x=1&y=2": "jdbc:postgresql://h/db?password=(redacted)&password=(redacted)&x=1&y=2",
	} {
		require.Equal(t, want, redactConn(in), in)
	}
}

func TestClosestKey(t *testing.T) {
	t.Parallel()
	require.Equal(t, 0, editDistance("", ""))
	require.Equal(t, 3, editDistance("kitten", "sitting"))
	require.Equal(t, 1, editDistance("ä", "a"))
	keys := []string{"db.url", "db.username", "db.myplaces.url", "flyway.outOfOrder"}
	require.Equal(t, "db.myplaces.url", closest("db.myplace.url", keys))
	require.Equal(t, "flyway.outOfOrder", closest("FLYWAY.OUTOFORDER", keys))
	require.Equal(t, "db.url", closest("db.uri", keys))
	require.Empty(t, closest("x", nil))
}

func TestKeyLines(t *testing.T) {
	t.Parallel()
	lines, bad := keyLines([]byte("\uFEFFa=1\r\n# c \\\r\nb = 2 \\\r\n  3\\\\\nc 4\r! x\rd:\\\n\\\n5\na=6\ne=\\uZZ\n"))
	require.Equal(t, map[string]int{"a": 10, "b": 3, "c": 5, "d": 7}, lines)
	require.Equal(t, 11, bad)
}
