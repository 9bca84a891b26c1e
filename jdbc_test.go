package migrate_test

import (
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
)

// Database URLs in every form become connection strings pgx parses.
func TestLoadConfigJDBC(t *testing.T) {
	t.Parallel()
	type conn struct {
		host     string
		port     uint16
		database string
		user     string
		password string
		params   map[string]string // runtime parameters expected among pgx's
	}
	for name, tt := range map[string]struct {
		url, user, password string
		want                string
		conn                conn
	}{
		"default port": {
			url:  "jdbc:postgresql://db.example/oskari",
			want: "postgres://db.example:5432/oskari",
			conn: conn{host: "db.example", port: 5432, database: "oskari"},
		},
		"port": {
			url:  "jdbc:postgresql://localhost:5433/oskaridb",
			want: "postgres://localhost:5433/oskaridb",
			conn: conn{host: "localhost", port: 5433, database: "oskaridb"},
		},
		"no host": {
			url:  "jdbc:postgresql:oskari",
			want: "postgres://localhost:5432/oskari",
			conn: conn{host: "localhost", port: 5432, database: "oskari"},
		},
		"IPv6": {
			url:  "jdbc:postgresql://[::1]:5433/oskari",
			want: "postgres://[::1]:5433/oskari",
			conn: conn{host: "::1", port: 5433, database: "oskari"},
		},
		"IPv6 without port": {
			url:  "jdbc:postgresql://[2001:db8::7]/oskari",
			want: "postgres://[2001:db8::7]:5432/oskari",
			conn: conn{host: "2001:db8::7", port: 5432, database: "oskari"},
		},
		"several hosts": {
			url:  "jdbc:postgresql://a:5432,b:5433/oskari?targetServerType=primary",
			want: "postgres://a:5432,b:5433/oskari?target_session_attrs=primary",
			conn: conn{host: "a", port: 5432, database: "oskari"},
		},
		"parameters": {
			url: "jdbc:postgresql://h/db?user=u&password=p%40ss&currentSchema=oskari&sslmode=disable" +
				"&connectTimeout=10&ApplicationName=my%20app&options=-c%20work_mem%3D64MB",
			want: "postgres://u:p%40ss@h:5432/db?application_name=my%20app&connect_timeout=10&options=-c%20work_mem%3D64MB&search_path=oskari&sslmode=disable",
			conn: conn{host: "h", port: 5432, database: "db", user: "u", password: "p@ss",
				params: map[string]string{"search_path": "oskari", "application_name": "my app", "options": "-c work_mem=64MB"}},
		},
		"loginTimeout": {
			url:  "jdbc:postgresql://h/db?loginTimeout=5",
			want: "postgres://h:5432/db?connect_timeout=5",
			conn: conn{host: "h", port: 5432, database: "db"},
		},
		"ssl=true verifies": {
			url:  "jdbc:postgresql://h/db?ssl=true",
			want: "postgres://h:5432/db?sslmode=verify-full",
			conn: conn{host: "h", port: 5432, database: "db"},
		},
		"ssl with the non-validating factory": {
			url:  "jdbc:postgresql://h/db?ssl=true&sslfactory=org.postgresql.ssl.NonValidatingFactory",
			want: "postgres://h:5432/db?sslmode=require",
			conn: conn{host: "h", port: 5432, database: "db"},
		},
		"ssl=false": {
			url:  "jdbc:postgresql://h/db?ssl=false",
			want: "postgres://h:5432/db?sslmode=disable",
			conn: conn{host: "h", port: 5432, database: "db"},
		},
		"db.username and db.password win over the URL's": {
			url: "jdbc:postgresql://h/db?user=u&password=p&sslmode=disable", user: "v", password: "q",
			want: "postgres://v:q@h:5432/db?sslmode=disable",
			conn: conn{host: "h", port: 5432, database: "db", user: "v", password: "q"},
		},
		"postgres URL with db.username and db.password": {
			url: "postgres://h/db?sslmode=disable", user: "v", password: "q w",
			want: "postgres://v:q%20w@h/db?sslmode=disable",
			conn: conn{host: "h", port: 5432, database: "db", user: "v", password: "q w"},
		},
		"postgresql URL keeps its user": {
			url: "postgresql://owner@h:5433/db", password: "q",
			want: "postgresql://owner:q@h:5433/db",
			conn: conn{host: "h", port: 5433, database: "db", user: "owner", password: "q"},
		},
		"DSN": {
			url: "host=h port=5433 dbname='my db'", user: "o'k", password: `p w\`,
			want: `host=h port=5433 dbname='my db' user='o\'k' password='p w\\'`,
			conn: conn{host: "h", port: 5433, database: "my db", user: "o'k", password: `p w\`},
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			file := "db.url=" + tt.url + "\n"
			if tt.user != "" {
				file += "db.username=" + tt.user + "\n"
			}
			if tt.password != "" {
				file += "db.password=" + strings.ReplaceAll(tt.password, `\`, `\\`) + "\n"
			}
			cfg := load(t, cfgCase{files: []string{file}})
			require.Equal(t, tt.want, cfg.DatabaseURL)
			pc, err := pgx.ParseConfig(cfg.DatabaseURL)
			require.NoError(t, err)
			require.Equal(t, tt.conn.host, pc.Host)
			require.Equal(t, tt.conn.port, pc.Port)
			require.Equal(t, tt.conn.database, pc.Database)
			if tt.conn.user != "" {
				require.Equal(t, tt.conn.user, pc.User)
			}
			require.Equal(t, tt.conn.password, pc.Password)
			for k, v := range tt.conn.params {
				require.Equal(t, v, pc.RuntimeParams[k], k)
			}
		})
	}
}

// JDBC parameters that change how pgx connects.
func TestLoadConfigJDBCConnection(t *testing.T) {
	t.Parallel()
	cfg := load(t, cfgCase{files: []string{"db.url=jdbc:postgresql://a:5432,b:5433/db?connectTimeout=7&ssl=true&targetServerType=preferSecondary"}})
	pc, err := pgx.ParseConfig(cfg.DatabaseURL)
	require.NoError(t, err)
	require.Equal(t, 7*time.Second, pc.ConnectTimeout)
	require.NotNil(t, pc.TLSConfig)
	require.Equal(t, "b", pc.Fallbacks[len(pc.Fallbacks)-1].Host)
	require.Equal(t, uint16(5433), pc.Fallbacks[len(pc.Fallbacks)-1].Port)
}
