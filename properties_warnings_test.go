package migrate_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Unknown keys are warnings naming the closest known key; keys Runway
// accepts without using them are debug lines; values are never logged.
func TestLoadConfigWarnings(t *testing.T) {
	t.Parallel()
	r := loadConfig(t, cfgCase{
		files: []string{`db.myplace.url=jdbc:postgresql://h/db
db.ignoremigrationfailures=true
flyway.outoforder=true
runway.lockTimout=1m
flyway.cleanDisabled=false
db.jndi.name=jdbc/OskariPool
db.jndi.driverClassName=org.postgresql.Driver
db.url=jdbc:postgresql://h/db?prepareThreshold=0&tcpKeepAlive=true
db.myplaces.script.locations=classpath:flyway/nope, /flyway/myplaces
flyway.failOnMissingLocations=false
oskari.domain=http://localhost
flyway.placeholders.x=1
db.myplaces.placeholders.y=2
db.additional.pools=myplaces
db.myplaces.jndi.name=jdbc/PlacesPool
db.additional.modules=myplaces,custom
`},
		env: []string{"FLYWAY_OUT_OF_ORDR=true", "FLYWAY_CLEAN_DISABLED=true", "DB_HOST=x", "FLYWAY_PLACEHOLDERS_Z=1", "RUNWAY_LOCKTIMEOUT=1m"},
	})
	require.NoError(t, r.err)
	rec := func(level, msg string, kv ...string) map[string]any {
		m := map[string]any{"level": level, "msg": msg}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = r.expand(kv[i+1])
		}
		return m
	}
	const (
		unknown  = "unknown configuration key; ignored"
		ignored  = "configuration key has no use in Runway; ignored"
		flyway   = "Flyway setting not supported by Runway; ignored"
		variable = "unknown configuration variable; ignored"
	)
	require.Equal(t, []map[string]any{
		rec("WARN", "JDBC URL parameter not supported; ignored", "key", "db.url", "param", "prepareThreshold", "source", "{1}:8"),
		rec("WARN", "JDBC URL parameter not supported; ignored", "key", "db.url", "param", "tcpKeepAlive", "source", "{1}:8"),
		rec("DEBUG", ignored, "key", "db.jndi.driverClassName", "source", "{1}:7"),
		rec("DEBUG", ignored, "key", "db.additional.pools", "source", "{1}:14"),
		rec("DEBUG", ignored, "key", "db.jndi.name", "source", "{1}:6"),
		rec("WARN", "location does not exist; skipped", "key", "db.myplaces.script.locations", "location", "classpath:flyway/nope", "source", "{1}:9"),
		rec("DEBUG", ignored, "key", "db.myplaces.jndi.name", "source", "{1}:15"),
		rec("DEBUG", "default location does not exist; skipped", "module", "custom", "location", "/flyway/custom"),
		rec("WARN", "configuration key of a module not in db.additional.modules; ignored",
			"key", "db.myplace.url", "source", "{1}:1", "module", "myplace", "did_you_mean", "db.myplaces.url"),
		rec("WARN", unknown, "key", "db.ignoremigrationfailures", "source", "{1}:2", "did_you_mean", "db.ignoreMigrationFailures"),
		rec("WARN", unknown, "key", "flyway.outoforder", "source", "{1}:3", "did_you_mean", "flyway.outOfOrder"),
		rec("WARN", unknown, "key", "runway.lockTimout", "source", "{1}:4", "did_you_mean", "runway.lockTimeout"),
		rec("WARN", flyway, "key", "flyway.cleanDisabled", "source", "{1}:5"),
		rec("WARN", flyway, "variable", "FLYWAY_CLEAN_DISABLED"),
		rec("WARN", variable, "variable", "FLYWAY_OUT_OF_ORDR", "did_you_mean", "FLYWAY_OUT_OF_ORDER"),
		rec("WARN", variable, "variable", "RUNWAY_LOCKTIMEOUT", "did_you_mean", "RUNWAY_LOCK_TIMEOUT"),
	}, r.logs)
	require.Equal(t, []string{"V1_0__myplaces.sql"}, names(t, r.cfg.ModuleByName("myplaces").Locations[0].FS))
	require.Len(t, r.cfg.ModuleByName("myplaces").Locations, 1)
}

// Passwords never appear in errors or logs, wherever they are written.
func TestLoadConfigSecrets(t *testing.T) {
	t.Parallel()
	const secret = "Sup3rS3cret"
	r := loadConfig(t, cfgCase{
		files: []string{`db.password=Sup3rS3cret
db.pasword=Sup3rS3cret
flyway.password=Sup3rS3cret
db.additional.modules=myplaces,userlayer,analysis,other
db.url=jdbc:postgresql://h:x/db?password=Sup3rS3cret&sslpassword=Sup3rS3cret&prepareThreshold=1
db.myplaces.url=postgres://u:Sup3rS3cret@h:bad/db?sslpassword=Sup3rS3cret
db.userlayer.url=host=h port=p password='Sup3rS3cret x' sslpassword=Sup3rS3cret
db.analysis.url=jdbc:postgresql://u:Sup3rS3cret@h:y/db
db.other.url=postgres://u:Sup3r/S3cret@x@h:z/db
db.other.password=Sup3rS3cret
db.nomodule.password=Sup3rS3cret
db.myplaces.password=Sup3rS3cret
db.myplaces.username=Sup3rS3cret_user
`},
		env: []string{"DB_PASSWORD=" + secret, "FLYWAY_PASSWORD=" + secret, "FLYWAY_PASWORD=" + secret, "DB_USERLAYER_PASSWORD=" + secret},
	})
	require.Error(t, r.err)
	msg := r.err.Error()
	require.Len(t, strings.Split(msg, "\n"), 5, msg)
	require.Contains(t, msg, "(redacted)")
	for _, s := range []string{secret, "S3cret"} {
		require.NotContains(t, msg, s)
		require.NotContains(t, r.raw, s)
	}
	require.Contains(t, r.raw, "db.pasword")
	require.Contains(t, r.raw, "FLYWAY_PASWORD")
}
