package migrate_test

import (
	"context"
	"io"
	"net"
	"net/url"
	"strconv"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// blocker opens a connection named app and runs sql in a transaction it
// keeps open until the test ends; it returns the connection's pid.
func (b *bundle) blocker(t *testing.T, app, sql string) int {
	t.Helper()
	cc, err := pgx.ParseConfig(b.url)
	require.NoError(t, err)
	cc.RuntimeParams["application_name"] = app
	conn, err := pgx.ConnectConfig(t.Context(), cc)
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close(context.Background()) })
	var pid int
	require.NoError(t, conn.QueryRow(t.Context(), "SELECT pg_backend_pid()").Scan(&pid))
	_, err = conn.Exec(t.Context(), "BEGIN; "+sql)
	require.NoError(t, err)
	return pid
}

// runBounded runs cfg with a small StatusTimeout under a context that
// ends long after it, and checks that the run failed with
// ErrStatusTableBusy well within the context, naming the blocker.
func runBounded(t *testing.T, cfg migrate.Config, pid int, app string) error {
	t.Helper()
	cfg.StatusTimeout = 300 * time.Millisecond
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	start := time.Now()
	_, err := migrate.Run(ctx, cfg)
	t.Log(err)
	require.ErrorIs(t, err, migrate.ErrStatusTableBusy)
	require.Less(t, time.Since(start), 10*time.Second)
	require.NoError(t, ctx.Err())
	var pgErr *pgconn.PgError
	require.ErrorAs(t, err, &pgErr)
	require.Contains(t, []string{"55P03", "57014"}, pgErr.Code)
	require.Contains(t, err.Error(), "pid "+strconv.Itoa(pid)+" ")
	require.Contains(t, err.Error(), `application "`+app+`"`)
	require.Contains(t, err.Error(), `"public"."oskari_status"`)
	return err
}

// A status table another session keeps locked fails an up-to-date boot,
// and one with a migration pending, within StatusTimeout, naming the
// session that holds the lock.
func TestStatusTableLocked(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)

	pid := b.blocker(t, "locker", "LOCK TABLE oskari_status IN ACCESS EXCLUSIVE MODE")
	err = runBounded(t, b.config(mod), pid, "locker")
	require.Contains(t, err.Error(), "core: status table busy: reading")
	require.Contains(t, err.Error(), `query "BEGIN; LOCK TABLE oskari_status IN ACCESS EXCLUSIVE MODE"`)
	require.Contains(t, err.Error(), "holds AccessExclusiveLock")

	mod.Scripts.(fstest.MapFS)["V2__b.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE b (id int);")}
	runBounded(t, b.config(mod), pid, "locker")
	require.False(t, b.tableExists(t, "b"))
}

// A first boot, whose status table another session is creating in a
// transaction it keeps open, fails within StatusTimeout naming it.
func TestStatusTableCreationBlocked(t *testing.T) {
	t.Parallel()
	b := setup(t)
	pid := b.blocker(t, "creator", "CREATE TABLE oskari_status (id int)")
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}}
	err := runBounded(t, b.config(mod), pid, "creator")
	require.Contains(t, err.Error(), "status table busy: creating")
	require.False(t, b.tableExists(t, "a"))
}

// A status row that cannot be written within StatusTimeout fails the
// migration, rolled back with it, for SQL migrations and Go steps; the
// migration's own statements are not bounded by StatusTimeout.
func TestStatusInsertBlocked(t *testing.T) {
	t.Parallel()
	for name, second := range map[string]migrate.Module{
		"sql": {Scripts: fstest.MapFS{"V2__b.sql": {Data: []byte("SELECT pg_sleep(0.5);\nCREATE TABLE b (id int);")}}},
		"go":  {Steps: []migrate.Step{step("2", "b", "SELECT pg_sleep(0.5); CREATE TABLE b (id int)")}},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}}
			_, err := migrate.Run(t.Context(), b.config(mod))
			require.NoError(t, err)

			second.Name = "core"
			if second.Scripts != nil {
				second.Scripts.(fstest.MapFS)["V1__a.sql"] = mod.Scripts.(fstest.MapFS)["V1__a.sql"]
			} else {
				second.Scripts = mod.Scripts
			}
			pid := b.blocker(t, "sharer", "LOCK TABLE oskari_status IN SHARE MODE")
			err = runBounded(t, b.config(second), pid, "sharer")
			require.Contains(t, err.Error(), "status table busy: writing to")
			require.Contains(t, err.Error(), "holds ShareLock")
			var merr *migrate.MigrationError
			require.ErrorAs(t, err, &merr)
			require.Equal(t, "2", merr.Version)
			require.False(t, b.tableExists(t, "b"), "the migration was rolled back with its status row")
		})
	}
}

// A session's own timeouts still apply to migrations and to the COMMIT
// that ends them (deferred triggers): Runway's bound holds for its status
// insert only.
func TestStatusTimeoutLeavesSessionTimeouts(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__a.sql": {Data: []byte(`CREATE TABLE seen (at text, st text, lt text);
CREATE FUNCTION at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO seen SELECT 'commit', current_setting('statement_timeout'), current_setting('lock_timeout');
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER at_commit AFTER INSERT ON seen DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.at = 'script') EXECUTE FUNCTION at_commit();
INSERT INTO seen SELECT 'script', current_setting('statement_timeout'), current_setting('lock_timeout');`)},
	}}
	cfg := b.config(mod)
	cfg.DatabaseURL += "&statement_timeout=45000&lock_timeout=44000"
	cfg.StatusTimeout = 300 * time.Millisecond
	cfg.MigrationLockTimeout = -1 // the migration keeps the URL's lock_timeout too
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	rows, err := b.pool.Query(t.Context(), "SELECT at || ' ' || st || ' ' || lt FROM seen ORDER BY at")
	require.NoError(t, err)
	seen, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	require.Equal(t, []string{"commit 45s 44s", "script 45s 44s"}, seen)
}

// RetryConnect retries while the server refuses connections, until it
// answers.
func TestRetryConnect(t *testing.T) {
	t.Parallel()
	b := setup(t)
	u, err := url.Parse(b.url)
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close()) // refused until the proxy starts

	var wg sync.WaitGroup
	defer wg.Wait()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	target := u.Host
	wg.Go(func() {
		time.Sleep(700 * time.Millisecond)
		proxy(ctx, t, addr, target)
	})
	u.Host = addr
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}})
	cfg.DatabaseURL = u.String()
	cfg.RetryConnect = 20 * time.Second
	res, err := migrate.Run(ctx, cfg)
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied())
	require.Contains(t, b.logs.String(), `"msg":"database not reachable yet; retrying","attempt":1`)
	require.Contains(t, b.logs.String(), "connection refused")
}

// RetryConnect does not retry what retrying cannot fix: an unknown role or
// database.
func TestRetryConnectNotOnAuthErrors(t *testing.T) {
	t.Parallel()
	b := setup(t)
	u, err := url.Parse(b.url)
	require.NoError(t, err)
	for _, bad := range []func(u *url.URL){
		func(u *url.URL) { u.User = url.UserPassword("runway_no_such_role", "secret") },
		func(u *url.URL) { u.Path = "/runway_no_such_database" },
	} {
		v := *u
		bad(&v)
		cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}})
		cfg.DatabaseURL = v.String()
		cfg.RetryConnect = 20 * time.Second
		start := time.Now()
		_, err = migrate.Run(t.Context(), cfg)
		var pgErr *pgconn.PgError
		require.ErrorAs(t, err, &pgErr)
		require.Contains(t, []string{"28000", "28P01", "3D000"}, pgErr.Code)
		require.Less(t, time.Since(start), 10*time.Second)
		require.NotContains(t, err.Error(), "secret")
	}
	require.NotContains(t, b.logs.String(), "retrying")
}

// RetryConnect gives up once it elapsed, wrapping the last error.
func TestRetryConnectGivesUp(t *testing.T) {
	t.Parallel()
	cfg := migrate.Config{DatabaseURL: "postgres://nobody:secret@" + closedPort(t) + "/db?sslmode=disable",
		RetryConnect: 500 * time.Millisecond,
		Modules:      []migrate.Module{{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}}}}
	start := time.Now()
	_, err := migrate.Run(t.Context(), cfg)
	var cerr *pgconn.ConnectError
	require.ErrorAs(t, err, &cerr)
	require.Contains(t, err.Error(), "Config.RetryConnect")
	require.Contains(t, err.Error(), "connection refused")
	require.NotContains(t, err.Error(), "secret")
	require.GreaterOrEqual(t, time.Since(start), 500*time.Millisecond)
	require.Less(t, time.Since(start), 10*time.Second)
}

// proxy forwards connections on addr to target until ctx ends.
func proxy(ctx context.Context, t *testing.T, addr, target string) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Errorf("proxy: %v", err)
		return
	}
	go func() { <-ctx.Done(); ln.Close() }()
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			s, err := net.Dial("tcp", target)
			if err != nil {
				return
			}
			defer s.Close()
			go func() { _, _ = io.Copy(s, c); s.Close() }()
			_, _ = io.Copy(c, s)
		}()
	}
}
