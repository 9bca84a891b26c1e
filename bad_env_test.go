package migrate_test

import (
	"bufio"
	"context"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgproto3"
	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgtest"
	"github.com/stretchr/testify/require"
)

// badServer is what the corpus's cases share: a scratch database to
// create roles from, and the role the cases connect as.
type badServer struct {
	admin  string  // the scratch database, as the admin user
	role   string  // login role with password badPassword; owns each case's database
	static *badEnv // the database static cases share
}

// newBadServer creates the corpus's role and the database of the static
// cases. The role is dropped once every case, and so every database it
// owns, is gone.
func newBadServer(t *testing.T) *badServer {
	admin := pgtest.NewDatabase(t)
	s := &badServer{admin: admin, role: "runway_bad_" + badHex()}
	s.createRole(t, s.role, "LOGIN")
	s.static = s.newEnv(t, badCase{})
	return s
}

// createRole creates a role with badPassword, dropped when t ends (after
// the databases t creates later, which cleanups drop first).
func (s *badServer) createRole(t *testing.T, name, options string) {
	t.Helper()
	ident := pgx.Identifier{name}.Sanitize()
	require.NoError(t, execSQL(t.Context(), s.admin, "CREATE ROLE "+ident+" "+options+" PASSWORD "+quoteLit(badPassword)))
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := execSQL(ctx, s.admin, "DROP ROLE IF EXISTS "+ident); err != nil {
			t.Errorf("drop role %s: %v", name, err)
		}
	})
}

// badEnv is one case's database and how the case connects to it.
type badEnv struct {
	admin string // the case's database, as the admin user
	owner string // the case's database, as the corpus's role (its owner), with password
	url   string // Config.DatabaseURL of the case
	norm  *strings.Replacer
}

// newEnv creates the case's database, owned by the corpus's role, and the
// URL the case connects with (Case.Connect):
//
//	""                as the owner, with password
//	pool-and-url      the same URL, and a pool on it as Config.Pool
//	closed-port       a local port nothing listens on
//	wrong-password    a server that asks for an md5 password and rejects it
//	missing-database  a database that does not exist
//	nologin           a role with a password but NOLOGIN
//	unknown-role      a role that does not exist
//	no-create         a role that may connect but not create in public
func (s *badServer) newEnv(t *testing.T, c badCase) *badEnv {
	t.Helper()
	user := s.role
	switch c.Connect {
	case "nologin":
		user = "runway_bad_nologin_" + badHex()
		s.createRole(t, user, "NOLOGIN")
	case "no-create":
		user = "runway_bad_nocreate_" + badHex()
		s.createRole(t, user, "LOGIN")
	case "unknown-role":
		user = "runway_bad_nobody_" + badHex()
	}
	admin := pgtest.NewDatabase(t)
	cc, err := pgx.ParseConfig(admin)
	require.NoError(t, err)
	require.NoError(t, execSQL(t.Context(), admin, "ALTER DATABASE "+pgx.Identifier{cc.Database}.Sanitize()+" OWNER TO "+pgx.Identifier{s.role}.Sanitize()))
	env := &badEnv{admin: admin, owner: withLogin(t, admin, s.role, "", "")}
	server, host := net.JoinHostPort(cc.Host, strconv.Itoa(int(cc.Port))), ""
	pairs := []string{}
	switch c.Connect {
	case "", "pool-and-url", "no-create", "nologin", "unknown-role":
	case "missing-database":
		missing := "runway_bad_missing_" + badHex()
		env.url = withLogin(t, admin, user, missing, "")
		pairs = append(pairs, missing, "<missing-db>")
	case "closed-port":
		host = closedPort(t)
	case "wrong-password":
		host = fakeAuthServer(t)
	default:
		t.Fatalf("unknown connect %q", c.Connect)
	}
	if env.url == "" {
		env.url = withLogin(t, admin, user, "", host)
	}
	if host != "" {
		pairs = append(pairs, host, "<host>")
	}
	pairs = append(pairs, user, "<role>", s.role, "<role>", cc.Database, "<db>", server, "<server>")
	env.norm = strings.NewReplacer(pairs...)
	return env
}

// normalize replaces the names that change from run to run.
func (e *badEnv) normalize(s string) string {
	return pidPattern.ReplaceAllString(e.norm.Replace(s), "pid <pid>")
}

// pidPattern matches the process ids errors name (blocking sessions).
var pidPattern = regexp.MustCompile(`pid \d+`)

// withLogin returns the admin URL (or DSN) of the case's database with
// user and badPassword, and database or host:port if set.
func withLogin(t *testing.T, admin, user, database, host string) string {
	t.Helper()
	if !strings.HasPrefix(admin, "postgres://") && !strings.HasPrefix(admin, "postgresql://") {
		dsn := admin + " user=" + user + " password=" + badPassword
		if database != "" {
			dsn += " dbname=" + database
		}
		if host != "" {
			h, p, _ := net.SplitHostPort(host)
			dsn += " host=" + h + " port=" + p
		}
		return dsn
	}
	u, err := url.Parse(admin)
	require.NoError(t, err)
	u.User = url.UserPassword(user, badPassword)
	if database != "" {
		u.Path = "/" + database
	}
	if host != "" {
		u.Host = host
	}
	return u.String()
}

// holdLock makes another session hold the status table of module c.Lock
// in ACCESS EXCLUSIVE mode until the returned function is called.
func (e *badEnv) holdLock(t *testing.T, c badCase, cfg migrate.Config) func() {
	t.Helper()
	if c.Lock == "" {
		return func() {}
	}
	i := slices.IndexFunc(c.Modules, func(m badModule) bool { return m.Name == c.Lock })
	require.GreaterOrEqual(t, i, 0, "lock: no module %q", c.Lock)
	schema := cfg.Schema
	if schema == "" {
		schema = "public"
	}
	conn, err := pgx.Connect(t.Context(), e.admin)
	require.NoError(t, err)
	_, err = conn.Exec(t.Context(), "BEGIN; LOCK TABLE "+pgx.Identifier{schema, badStatusTable(c, c.Modules[i])}.Sanitize()+" IN ACCESS EXCLUSIVE MODE")
	require.NoError(t, err)
	return func() {
		_, err := conn.Exec(context.Background(), "ROLLBACK")
		require.NoError(t, err)
		require.NoError(t, conn.Close(context.Background()))
	}
}

// closedPort returns host:port of a local port that refuses connections.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	return addr
}

// fakeAuthServer returns host:port of a server that speaks PostgreSQL's
// protocol up to authentication: it asks for an md5 password and, as
// PostgreSQL does for a wrong one, answers FATAL 28P01. The local server
// trusts every connection from 127.0.0.1, so it cannot reject a password.
func fakeAuthServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go rejectPassword(conn)
		}
	}()
	return ln.Addr().String()
}

// rejectPassword serves one connection of fakeAuthServer.
func rejectPassword(conn net.Conn) {
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
	be := pgproto3.NewBackend(conn, conn)
	msg, err := be.ReceiveStartupMessage()
	if err != nil {
		return
	}
	start, ok := msg.(*pgproto3.StartupMessage)
	if !ok {
		return
	}
	user := start.Parameters["user"]
	salt := [4]byte{0x5a, 0x17, 0x3c, 0x01}
	be.Send(&pgproto3.AuthenticationMD5Password{Salt: salt})
	if be.Flush() != nil || be.SetAuthType(pgproto3.AuthTypeMD5Password) != nil {
		return
	}
	msg, err = be.Receive()
	if err != nil {
		return
	}
	code, text := "28P01", fmt.Sprintf("password authentication failed for user %q", user)
	if pm, ok := msg.(*pgproto3.PasswordMessage); !ok || pm.Password == md5Password(user, "the-right-one", salt) {
		code, text = "08P01", "unexpected message" // the corpus never sends the right password
	}
	be.Send(&pgproto3.ErrorResponse{Severity: "FATAL", SeverityUnlocalized: "FATAL", Code: code, Message: text})
	_ = be.Flush()
}

// md5Password is the response of PostgreSQL's md5 authentication.
func md5Password(user, password string, salt [4]byte) string {
	inner := fmt.Sprintf("%x", md5.Sum([]byte(password+user)))
	return fmt.Sprintf("md5%x", md5.Sum(append([]byte(inner), salt[:]...)))
}

// badHex returns 8 random hex digits.
func badHex() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// quoteLit quotes s as an SQL string literal (s has no backslash).
func quoteLit(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// generateBadCase copies the case into a temporary directory and writes
// the files of generator kind there; it returns the directory.
func generateBadCase(t *testing.T, dir, kind string) string {
	t.Helper()
	root := t.TempDir()
	require.NoError(t, os.CopyFS(root, os.DirFS(dir)))
	switch kind {
	case "big-script":
		writeBigScript(t, filepath.Join(root, "migrations", "V1__big_dump.sql"))
	default:
		t.Fatalf("unknown generator %q", kind)
	}
	return root
}

// bigRows is the number of COPY rows of the big script: 101 bytes each,
// about 100 MB.
const bigRows = 1_000_000

// writeBigScript writes a 100 MB data dump with a syntax error on its last
// line (line bigRows+4).
func writeBigScript(t *testing.T, p string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	f, err := os.Create(p)
	require.NoError(t, err)
	w := bufio.NewWriterSize(f, 1<<20)
	pad := strings.Repeat("x", 90)
	fmt.Fprint(w, "CREATE TEMP TABLE big_dump (id int, payload text);\nCOPY big_dump (id, payload) FROM stdin;\n")
	for i := range bigRows {
		fmt.Fprintf(w, "%09d\t%s\n", i, pad)
	}
	fmt.Fprint(w, "\\.\nSELEC count(*) FROM big_dump;\n")
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())
}

// snapshotSQL lists the schema of the non-system schemas, one line per
// object: schemas, relations, columns, indexes, constraints, functions and
// types.
const snapshotSQL = `
WITH ns AS (SELECT oid, nspname FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\_toast%' AND nspname NOT LIKE 'pg\_temp%')
SELECT 'schema ' || quote_ident(nspname) FROM ns
UNION ALL SELECT 'relation ' || c.relkind::text || ' ' || c.oid::regclass::text FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
UNION ALL SELECT 'column ' || a.attrelid::regclass::text || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
    || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns ON ns.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
UNION ALL SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN ns ON ns.oid = c.relnamespace
UNION ALL SELECT 'constraint ' || con.conrelid::regclass::text || ' ' || quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid)
  FROM pg_constraint con JOIN ns ON ns.oid = con.connamespace
UNION ALL SELECT 'function ' || p.oid::regprocedure::text FROM pg_proc p JOIN ns ON ns.oid = p.pronamespace
UNION ALL SELECT 'type ' || t.oid::regtype::text || ' ' || t.typtype::text FROM pg_type t JOIN ns ON ns.oid = t.typnamespace
  WHERE t.typcategory <> 'A' AND (t.typrelid = 0 OR EXISTS (SELECT FROM pg_class WHERE oid = t.typrelid AND relkind = 'c'))`

// statusTablesSQL finds the tables shaped like status tables.
const statusTablesSQL = `
SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND (SELECT count(*) FROM pg_attribute WHERE attrelid = c.oid AND NOT attisdropped
       AND attname IN ('installed_rank', 'version', 'description', 'type', 'script', 'checksum', 'success')) = 7`

// snapshot returns the database's schema and every status table's rows
// (without installed_by, installed_on and execution_time), sorted.
func snapshot(t *testing.T, admin string) []string {
	t.Helper()
	ctx := t.Context()
	conn, err := pgx.Connect(ctx, admin)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	out, err := queryStrings(ctx, conn, snapshotSQL)
	require.NoError(t, err)
	tables, err := queryStrings(ctx, conn, statusTablesSQL)
	require.NoError(t, err)
	for _, table := range tables {
		rows, err := queryStrings(ctx, conn, `SELECT concat_ws('|', installed_rank, coalesce(version, '<null>'), description, type, script,
			coalesce(checksum::text, '<null>'), success::text) FROM `+table+` ORDER BY installed_rank`)
		require.NoError(t, err)
		for _, r := range rows {
			out = append(out, "row "+table+" "+r)
		}
	}
	slices.Sort(out)
	return out
}

// queryStrings returns the first column of every row.
func queryStrings(ctx context.Context, conn *pgx.Conn, sql string) ([]string, error) {
	rows, err := conn.Query(ctx, sql)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}

// diffSnapshots returns "+line" for lines only in after and "-line" for
// lines only in before, sorted; never nil.
func diffSnapshots(before, after []string) []string {
	out := []string{}
	for _, l := range after {
		if !slices.Contains(before, l) {
			out = append(out, "+"+l)
		}
	}
	for _, l := range before {
		if !slices.Contains(after, l) {
			out = append(out, "-"+l)
		}
	}
	slices.Sort(out)
	return out
}
