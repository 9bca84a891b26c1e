// Package pgtest gives tests a fresh, empty PostgreSQL database each.
//
// The server is found once per test binary, on the first NewDatabase call:
//  1. MIGRATE_TEST_DATABASE_URL, an admin connection string (postgres:// URL
//     or key=value DSN) to an existing server;
//  2. else a throwaway cluster from the local PostgreSQL binaries (pgserver);
//  3. else a postgres:15-alpine container, if a Docker engine is reachable.
//
// Use Main in TestMain so that a server started here is stopped after the
// tests. Without it NewDatabase still works, but the server lives until the
// test process exits (on Linux the kernel then kills it; containers are
// removed by the testcontainers reaper).
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/testcontainers/testcontainers-go"
	"github.com/testcontainers/testcontainers-go/wait"

	"github.com/runwaydb/migrate/internal/pgserver"
)

const (
	// envURL names the environment variable holding an admin connection
	// string to an existing server; tests then create their databases there.
	envURL       = "MIGRATE_TEST_DATABASE_URL"
	setupTimeout = 3 * time.Minute // long enough for a container image pull
	queryTimeout = 30 * time.Second
)

// harness is the server shared by the tests of one test binary.
type harness struct {
	once  sync.Once
	admin string       // admin connection string
	stop  func() error // stops a server started here; nil if none
	err   error        // why no server is available
	seq   atomic.Int64 // numbers the databases
}

// shared is the only package-level state: test-only infrastructure.
var shared harness

// Main runs the package's tests, then the cleanups (in order), and then
// tears down any server this package started. Use it in TestMain:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
func Main(m *testing.M, cleanups ...func()) {
	code := m.Run()
	for _, c := range cleanups {
		c()
	}
	if shared.stop != nil {
		if err := shared.stop(); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: stop postgresql server: %v\n", err)
		}
	}
	os.Exit(code)
}

// NewDatabase returns a connection string to a freshly created, empty
// database that is dropped when the test ends. It has the form of the admin
// connection string: a postgres:// URL unless MIGRATE_TEST_DATABASE_URL is a
// key=value DSN. In -short mode the test is skipped. The first call finds or
// starts the server; see Main for stopping it.
func NewDatabase(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("database test skipped in -short mode")
	}
	shared.once.Do(shared.setup)
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	admin := shared.admin

	name := fmt.Sprintf("runway_test_%d_%s", shared.seq.Add(1), randomHex(4))
	ident := pgx.Identifier{name}.Sanitize()
	dbURL, err := withDatabase(admin, name)
	if err != nil {
		t.Fatal(err)
	}
	if err := execAdmin(admin, "CREATE DATABASE "+ident); err != nil {
		t.Fatalf("pgtest: create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		if err := execAdmin(admin, "DROP DATABASE IF EXISTS "+ident+" WITH (FORCE)"); err != nil {
			t.Errorf("pgtest: drop database %s: %v", name, err)
		}
	})
	return dbURL
}

// setup finds a server, trying each source in turn.
func (h *harness) setup() {
	if s := os.Getenv(envURL); s != "" {
		// The parse error would quote the string, which may hold a password.
		if _, err := pgx.ParseConfig(s); err != nil {
			h.err = fmt.Errorf("pgtest: %s is not a valid postgresql connection string", envURL)
			return
		}
		h.admin = s
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	tried := []string{envURL + ": not set"}

	if dir, err := pgserver.FindBinDir(); err != nil {
		tried = append(tried, "local binaries: "+err.Error())
	} else if srv, err := pgserver.Start(ctx); err != nil {
		tried = append(tried, fmt.Sprintf("local binaries in %s: %v", dir, err))
	} else {
		h.admin, h.stop = srv.URL("postgres"), srv.Stop
		return
	}

	admin, stop, err := startContainer(ctx)
	if err == nil {
		h.admin, h.stop = admin, stop
		return
	}
	tried = append(tried, "docker: "+err.Error())

	h.err = fmt.Errorf("pgtest: no postgresql server for tests. Provide one by either\n"+
		"  - setting %s to an admin connection URL, e.g. postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable,\n"+
		"  - installing the postgresql server binaries, e.g. apt-get install postgresql, or\n"+
		"  - running a docker engine (a postgres:15-alpine container is started).\n"+
		"What was tried:\n  - %s", envURL, strings.Join(tried, "\n  - "))
}

// startContainer starts a postgres:15-alpine container with testcontainers-go.
func startContainer(ctx context.Context) (admin string, stop func() error, err error) {
	// testcontainers panics in some setups without a docker engine.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("no docker engine reachable: %v", r)
		}
	}()
	provider, err := testcontainers.ProviderDefault.GetProvider()
	if err != nil {
		return "", nil, fmt.Errorf("no docker engine reachable: %w", err)
	}
	if err := provider.Health(ctx); err != nil { // Health also closes the provider
		return "", nil, fmt.Errorf("no docker engine reachable: %w", err)
	}

	const port = "5432/tcp"
	ctr, err := testcontainers.GenericContainer(ctx, testcontainers.GenericContainerRequest{
		ContainerRequest: testcontainers.ContainerRequest{
			Image:        "postgres:15-alpine",
			Env:          map[string]string{"POSTGRES_HOST_AUTH_METHOD": "trust"},
			ExposedPorts: []string{port},
			// The entrypoint's temporary init server logs readiness first.
			WaitingFor: wait.ForAll(
				wait.ForLog("database system is ready to accept connections").WithOccurrence(2),
				wait.ForListeningPort(port),
			),
		},
		Started: true,
	})
	stop = func() error { return testcontainers.TerminateContainer(ctr) } // nil-safe
	if err != nil {
		_ = stop() // a failed start may still leave a container behind
		return "", nil, fmt.Errorf("start postgres container: %w", err)
	}
	hostPort, err := ctr.PortEndpoint(ctx, port, "")
	if err != nil {
		_ = stop()
		return "", nil, fmt.Errorf("find postgres container port: %w", err)
	}
	u := url.URL{Scheme: "postgres", User: url.User("postgres"), Host: hostPort, Path: "/postgres", RawQuery: "sslmode=disable"}
	return u.String(), stop, nil
}

// execAdmin runs one statement on a new connection to the admin database. Its
// context is not the test's, so cleanup works after the test has finished.
func execAdmin(connString, sql string) error {
	ctx, cancel := context.WithTimeout(context.Background(), queryTimeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, connString)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(ctx, sql)
	return err
}

// withDatabase returns connString with its database replaced by name.
func withDatabase(connString, name string) (string, error) {
	if !strings.HasPrefix(connString, "postgres://") && !strings.HasPrefix(connString, "postgresql://") {
		// A key=value DSN: the last setting of a keyword wins.
		return connString + " dbname=" + name, nil
	}
	u, err := url.Parse(connString)
	if err != nil { // the url.Error would quote the URL, which may hold a password
		return "", fmt.Errorf("pgtest: %s is not a valid url", envURL)
	}
	u.Path, u.RawPath = "/"+name, ""
	if q := u.Query(); q.Has("dbname") {
		q.Del("dbname")
		u.RawQuery = q.Encode()
	}
	return u.String(), nil
}

// randomHex returns n random bytes, hex-encoded.
func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // never fails: crypto/rand crashes the program instead
	return hex.EncodeToString(b)
}

// Bouncer starts a PgBouncer in pool mode mode ("transaction", "session")
// with default_pool_size poolSize in front of the server of dbURL (a
// database from NewDatabase) and returns a URL for the same database
// through it. It is stopped when the test ends. Without a pgbouncer binary
// the test fails, saying how to install one.
func Bouncer(t testing.TB, dbURL, mode string, poolSize int) string {
	t.Helper()
	cc, err := pgx.ParseConfig(dbURL)
	if err != nil {
		t.Fatalf("pgtest: parse database url: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	b, err := pgserver.StartBouncer(ctx, pgserver.BouncerOptions{Host: cc.Host, Port: int(cc.Port), User: cc.User, PoolMode: mode, PoolSize: poolSize})
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(func() {
		if err := b.Stop(); err != nil {
			t.Errorf("pgtest: stop pgbouncer: %v", err)
		}
	})
	return b.URL(cc.Database, cc.User)
}
