package migrate_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// Each bad value is an error naming the key, the value and where it came
// from.
func TestLoadConfigErrors(t *testing.T) {
	t.Parallel()
	missingDir := filepath.Join(t.TempDir(), "missing")
	for name, tt := range map[string]struct {
		files       []string
		env         []string
		noClasspath bool
		want        string
	}{
		"boolean misspelt": {
			files: []string{"# header\ndb.flyway=ture"},
			want:  `{1}:2: db.flyway="ture": expected true or false`,
		},
		"boolean from the environment": {
			env:  []string{"DB_IGNOREMIGRATIONFAILURES=yes"},
			want: `$DB_IGNOREMIGRATIONFAILURES: db.ignoreMigrationFailures="yes": expected true or false`,
		},
		"flyway boolean from the environment": {
			env:  []string{"FLYWAY_OUT_OF_ORDER=1"},
			want: `$FLYWAY_OUT_OF_ORDER: flyway.outOfOrder="1": expected true or false`,
		},
		"JDBC port not a number": {
			files: []string{"db.url=jdbc:postgresql://localhost:54x2/oskaridb"},
			want:  `{1}:1: db.url="jdbc:postgresql://localhost:54x2/oskaridb": port "54x2" is not a number`,
		},
		"JDBC port out of range": {
			files: []string{"db.url=jdbc:postgresql://localhost:70000/oskaridb"},
			want:  `{1}:1: db.url="jdbc:postgresql://localhost:70000/oskaridb": port 70000 is out of range (1-65535)`,
		},
		"module URL port from the environment": {
			env:  []string{"DB_MYPLACES_URL=jdbc:postgresql://h:x/db"},
			want: `$DB_MYPLACES_URL: db.myplaces.url="jdbc:postgresql://h:x/db": port "x" is not a number`,
		},
		"postgres URL port": {
			files: []string{"db.url=postgres://h:abc/db"},
			want:  `{1}:1: db.url="postgres://h:abc/db": port "abc" is not a number`,
		},
		"DSN port": {
			files: []string{"db.url=host=h port=five"},
			want:  `{1}:1: db.url="host=h port=five": port "five" is not a number`,
		},
		"DSN syntax": {
			files: []string{"db.url=host=h dbname='oskari"},
			want:  `{1}:1: db.url="host=h dbname='oskari": dbname: unterminated quoted value`,
		},
		"IPv6 without brackets": {
			files: []string{"db.url=jdbc:postgresql://::1/db"},
			want:  `{1}:1: db.url="jdbc:postgresql://::1/db": host "::1": write IPv6 addresses in brackets ([::1]:5432)`,
		},
		"not a URL": {
			files: []string{"db.url=localhost"},
			want:  `{1}:1: db.url="localhost": expected a JDBC URL (jdbc:postgresql://host:port/database), a postgres:// URL or a key=value DSN`,
		},
		"other JDBC driver": {
			files: []string{"db.url=jdbc:mysql://h/db"},
			want:  `{1}:1: db.url="jdbc:mysql://h/db": only PostgreSQL JDBC URLs (jdbc:postgresql:…) are supported`,
		},
		"bad sslmode": {
			files: []string{"db.url=jdbc:postgresql://h/db?sslmode=on"},
			want:  `{1}:1: db.url="jdbc:postgresql://h/db?sslmode=on": parameter sslmode: "on": expected disable, allow, prefer, require, verify-ca or verify-full`,
		},
		"bad connectTimeout": {
			files: []string{"db.url=jdbc:postgresql://h/db?connectTimeout=soon"},
			want:  `{1}:1: db.url="jdbc:postgresql://h/db?connectTimeout=soon": parameter connectTimeout: "soon" is not a number of seconds`,
		},
		"module name with a space": {
			files: []string{"db.additional.modules=myplaces, my places"},
			want:  `{1}:1: db.additional.modules="myplaces, my places": module name "my places": use letters, digits, _ and - only`,
		},
		"reserved module name": {
			env:  []string{"DB_ADDITIONAL_MODULES=core"},
			want: `$DB_ADDITIONAL_MODULES: db.additional.modules="core": module name "core" is reserved`,
		},
		"module listed twice": {
			files: []string{"db.additional.modules=myplaces,userlayer,myplaces"},
			want:  `{1}:1: db.additional.modules="myplaces,userlayer,myplaces": module "myplaces" is listed twice`,
		},
		"missing classpath location": {
			files: []string{"db.myplaces.script.locations=/flyway/myplaces, classpath:flyway/nope"},
			want:  `{1}:1: db.myplaces.script.locations="/flyway/myplaces, classpath:flyway/nope": location "classpath:flyway/nope" does not exist`,
		},
		"missing filesystem location": {
			env:  []string{"FLYWAY_LOCATIONS=filesystem:" + missingDir},
			want: `$FLYWAY_LOCATIONS: flyway.locations="filesystem:` + missingDir + `": location "filesystem:` + missingDir + `" does not exist`,
		},
		"missing default location with failOnMissingLocations": {
			files: []string{"flyway.failOnMissingLocations=true\ndb.additional.modules=custom"},
			want:  `default: db.custom.script.locations="/flyway/custom": location "/flyway/custom" does not exist`,
		},
		"location not a directory": {
			files: []string{"db.script.locations=classpath:flyway/file.txt"},
			want:  `{1}:1: db.script.locations="classpath:flyway/file.txt": location "classpath:flyway/file.txt": not a directory`,
		},
		"location outside the classpath": {
			files: []string{"db.script.locations=classpath:../secrets"},
			want:  `{1}:1: db.script.locations="classpath:../secrets": location "classpath:../secrets": not a valid path (empty, . or .. elements)`,
		},
		"unsupported location type": {
			files: []string{"db.script.locations=s3:bucket/sql"},
			want:  `{1}:1: db.script.locations="s3:bucket/sql": location "s3:bucket/sql": unsupported location type "s3": use classpath: or filesystem:`,
		},
		"classpath location without a classpath": {
			files:       []string{"db.script.locations=classpath:flyway/oskari"},
			noClasspath: true,
			want:        `{1}:1: db.script.locations="classpath:flyway/oskari": location "classpath:flyway/oskari": LoadOptions.Classpath is not set`,
		},
		"bad duration": {
			files: []string{"runway.lockTimeout=30"},
			want:  `{1}:1: runway.lockTimeout="30": expected a duration such as 30s or 5m`,
		},
		"bad retry count": {
			files: []string{"flyway.lockRetryCount=ten"},
			want:  `{1}:1: flyway.lockRetryCount="ten": expected a whole number`,
		},
		"bad baseline": {
			files: []string{"db.myplaces.baseline=0.x"},
			want:  `{1}:1: db.myplaces.baseline="0.x": version "0.x" may contain only digits separated by . or _`,
		},
		"bad baselineVersion": {
			files: []string{"flyway.baselineVersion=v1"},
			want:  `{1}:1: flyway.baselineVersion="v1": version "v1" may contain only digits separated by . or _`,
		},
		"bad target": {
			files: []string{"db.target=newest"},
			want:  `{1}:1: db.target="newest": expected latest, current, next or a version (2.1, or 2.1? if it need not exist)`,
		},
		"dependency not configured": {
			files: []string{"db.myplaces.depends_on=analysis"},
			want:  `{1}:1: db.myplaces.depends_on="analysis": module "analysis" is not configured`,
		},
		"dependency on itself": {
			files: []string{"db.myplaces.depends_on=myplaces"},
			want:  `{1}:1: db.myplaces.depends_on="myplaces": module "myplaces" depends on itself`,
		},
		"dependency version": {
			files: []string{"db.myplaces.depends_on=core>=x"},
			want:  `{1}:1: db.myplaces.depends_on="core>=x": dependency "core>=x": version "x" may contain only digits separated by . or _`,
		},
		"ignore pattern": {
			files: []string{"flyway.ignoreMigrationPatterns=*:gone"},
			want:  `{1}:1: flyway.ignoreMigrationPatterns="*:gone": ignore pattern "*:gone": expected <versioned|repeatable|*>:<missing|pending|ignored|future|*>`,
		},
		"retry budget": {
			files: []string{"runway.retryBudget=10"},
			want:  `{1}:1: runway.retryBudget="10": expected a duration such as 30s or 5m (negative: off)`,
		},
		"pool mode": {
			files: []string{"runway.poolMode=statement"},
			want:  `{1}:1: runway.poolMode="statement": expected auto, session or transaction`,
		},
		"legacy tables": {
			files: []string{"runway.legacyTables=keep"},
			want:  `{1}:1: runway.legacyTables="keep": expected upgrade or refuse`,
		},
		"status timeout": {
			files: []string{"runway.statusTimeout=30"},
			want:  `{1}:1: runway.statusTimeout="30": expected a duration such as 30s or 5m`,
		},
		"snapshot keep": {
			files: []string{"runway.snapshot.keep=all"},
			want:  `{1}:1: runway.snapshot.keep="all": expected a whole number`,
		},
		"snapshot timeout": {
			files: []string{"runway.snapshot.timeout=10"},
			want:  `{1}:1: runway.snapshot.timeout="10": expected a duration such as 10m or 1h`,
		},
		"installedBy too long": {
			files: []string{"flyway.installedBy=" + strings.Repeat("x", 101)},
			want:  `{1}:1: flyway.installedBy="` + strings.Repeat("x", 101) + `": longer than the 100 characters the status table holds`,
		},
		"line after continuation lines": {
			files: []string{"# header\ndb.additional.modules = myplaces, \\\n    userlayer\n\ndb.flyway.autorepair = maybe\n"},
			want:  `{1}:5: db.flyway.autorepair="maybe": expected true or false`,
		},
		"last definition wins": {
			files: []string{"db.flyway=no\n", "db.flyway.autorepair=true\n\n# again\ndb.flyway=nope\n"},
			want:  `{2}:4: db.flyway="nope": expected true or false`,
		},
		"properties syntax": {
			files: []string{"db.url=jdbc:postgresql://h/db\ndb.username=\\uZZZZ\n"},
			want:  `{1}:2: invalid unicode literal`,
		},
		"several at once": {
			files: []string{"db.flyway=ture\ndb.url=jdbc:postgresql://h:x/db\ndb.target=newest"},
			want: `{1}:1: db.flyway="ture": expected true or false
{1}:2: db.url="jdbc:postgresql://h:x/db": port "x" is not a number
{1}:3: db.target="newest": expected latest, current, next or a version (2.1, or 2.1? if it need not exist)`,
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r := loadConfig(t, cfgCase{files: tt.files, env: tt.env, noClasspath: tt.noClasspath})
			require.Error(t, r.err)
			require.Equal(t, r.expand(tt.want), r.err.Error())
			require.ErrorIs(t, r.err, migrate.ErrInvalidConfig)
			var ce *migrate.ConfigError
			require.ErrorAs(t, r.err, &ce)
			require.Zero(t, r.cfg.Modules)
		})
	}
}

// A properties file that does not exist is an error.
func TestLoadConfigMissingFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "oskari-ext.properties")
	_, err := migrate.LoadConfig(migrate.LoadOptions{Files: []string{path}, Environ: []string{}})
	require.EqualError(t, err, path+": no such file or directory")
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
}

// ConfigError's fields, as errors.As finds them.
func TestConfigErrorFields(t *testing.T) {
	t.Parallel()
	r := loadConfig(t, cfgCase{env: []string{"DB_URL=jdbc:postgresql://oskari:secret@h:x/db?password=secret"}})
	var ce *migrate.ConfigError
	require.True(t, errors.As(r.err, &ce))
	require.Equal(t, "db.url", ce.Key)
	require.Equal(t, "jdbc:postgresql://h:x/db?password=(redacted)", ce.Value)
	require.Equal(t, "$DB_URL", ce.Source)
	require.EqualError(t, ce.Err, `port "x" is not a number`)
}
