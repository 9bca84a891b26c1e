package proctest_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgtest"
	"github.com/runwaydb/migrate/internal/proctest"
)

func TestMain(m *testing.M) {
	pgtest.Main(m, func() {
		if bootproc.dir != "" {
			_ = os.RemoveAll(bootproc.dir)
		}
	})
}

// soak reports whether the long variants run (MIGRATE_TEST_SOAK=1).
func soak() bool { return os.Getenv("MIGRATE_TEST_SOAK") == "1" }

// trials returns how many trials to run: MIGRATE_TEST_<name>_TRIALS if set,
// else soakN under MIGRATE_TEST_SOAK=1, else n.
func trials(t *testing.T, name string, n, soakN int) int {
	if s := os.Getenv("MIGRATE_TEST_" + name + "_TRIALS"); s != "" {
		v, err := strconv.Atoi(s)
		require.NoError(t, err, "MIGRATE_TEST_%s_TRIALS", name)
		return v
	}
	if soak() {
		return soakN
	}
	return n
}

// seed returns the random seed of a test, from MIGRATE_TEST_SEED or the
// clock, and logs it so that a failure can be replayed.
func seed(t *testing.T) uint64 {
	s := uint64(time.Now().UnixNano())
	if v := os.Getenv("MIGRATE_TEST_SEED"); v != "" {
		var err error
		s, err = strconv.ParseUint(v, 10, 64)
		require.NoError(t, err, "MIGRATE_TEST_SEED")
	}
	t.Logf("seed %d (replay with MIGRATE_TEST_SEED=%d)", s, s)
	return s
}

func newRand(seed uint64, trial int) *rand.Rand {
	return rand.New(rand.NewPCG(seed, uint64(trial)))
}

// bootproc is the test binary, built once by the first test that needs it.
var bootproc struct {
	once sync.Once
	dir  string // temporary directory of the binary, removed after the tests
	path string
	err  error
}

// build returns the path of bootproc, building it on the first call. It is
// built without the race detector, whatever the tests run under: the race
// runtime would double its start-up time, which the kill trials sample.
func build(t *testing.T) string {
	bootproc.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		start := time.Now()
		if bootproc.dir, bootproc.err = os.MkdirTemp("", "proctest-"); bootproc.err == nil {
			bootproc.path, bootproc.err = proctest.Build(ctx, bootproc.dir, false)
		}
		t.Logf("built bootproc in %s", time.Since(start).Round(time.Millisecond))
	})
	require.NoError(t, bootproc.err)
	return bootproc.path
}

// withApp returns dsn with application_name set, so that the process's
// backends can be found in pg_stat_activity.
func withApp(t *testing.T, dsn, app string) string {
	if !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://") {
		return dsn + " application_name=" + app
	}
	u, err := url.Parse(dsn)
	require.NoError(t, err)
	q := u.Query()
	q.Set("application_name", app)
	u.RawQuery = q.Encode()
	return u.String()
}

// connect opens a connection closed when the test ends.
func connect(t *testing.T, dsn string) *pgx.Conn {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close(context.Background()) })
	return conn
}

// setup creates the layout's fixtures and writes its migrations to a new
// directory, which it returns.
func setup(t *testing.T, conn *pgx.Conn, l proctest.Layout) string {
	_, err := conn.Exec(t.Context(), l.SetupSQL())
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, l.Write(dir))
	return dir
}

// config is the Config of an in-process Run of the migrations in dir.
func config(dsn, dir string, l proctest.Layout) migrate.Config {
	cfg := migrate.Config{DatabaseURL: dsn, LockTimeout: 30 * time.Second}
	for _, name := range l.Names() {
		cfg.Modules = append(cfg.Modules, migrate.Module{Name: name, Scripts: os.DirFS(dir + "/" + name)})
	}
	return cfg
}

// proc is a running bootproc.
type proc struct {
	cmd     *exec.Cmd
	started time.Time
	lines   chan string   // stdout, line by line; closed at EOF
	stderr  *syncBuffer   // the JSON log and the error
	done    chan struct{} // closed when the process has exited
	exit    int           // exit status, -1 when killed by a signal
	out     []string      // stdout lines, once done
}

// startProc starts bootproc with args. The process bounds itself with
// -timeout; it is killed when the test ends if still running.
func startProc(t *testing.T, bin string, args ...string) *proc {
	return startProcEnv(t, nil, bin, args...)
}

// startProcEnv is startProc with the process's environment; nil: this
// process's.
func startProcEnv(t *testing.T, env []string, bin string, args ...string) *proc {
	p := &proc{cmd: exec.Command(bin, args...), lines: make(chan string, 16), stderr: &syncBuffer{}, done: make(chan struct{})}
	p.cmd.Env = env
	stdout, err := p.cmd.StdoutPipe()
	require.NoError(t, err)
	p.cmd.Stderr = p.stderr
	require.NoError(t, p.cmd.Start())
	p.started = time.Now()
	t.Cleanup(func() {
		_ = p.cmd.Process.Kill()
		<-p.done
	})
	out := make(chan []string, 1)
	go func() {
		var all []string
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			all = append(all, sc.Text())
			select {
			case p.lines <- sc.Text():
			default:
			}
		}
		close(p.lines)
		out <- all
	}()
	go func() {
		p.out = <-out // before Wait: Wait closes the pipe
		_ = p.cmd.Wait()
		p.exit = p.cmd.ProcessState.ExitCode()
		close(p.done)
	}()
	return p
}

// waitLine waits for a stdout line.
func (p *proc) waitLine(t *testing.T, want string, timeout time.Duration) {
	deadline := time.After(timeout)
	for {
		select {
		case line, ok := <-p.lines:
			if !ok {
				t.Fatalf("bootproc exited before printing %q; stderr:\n%s", want, p.stderr)
			}
			if line == want {
				return
			}
		case <-deadline:
			t.Fatalf("bootproc did not print %q within %s", want, timeout)
		}
	}
}

// wait waits for the process to exit and returns its exit status and
// stdout.
func (p *proc) wait(t *testing.T, timeout time.Duration) (int, string) {
	select {
	case <-p.done:
	case <-time.After(timeout):
		t.Fatalf("bootproc did not exit within %s; stderr:\n%s", timeout, p.stderr)
	}
	return p.exit, strings.Join(p.out, "\n")
}

// syncBuffer is a bytes buffer safe for a writer and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

var _ io.Writer = (*syncBuffer)(nil)

// backend describes a process's session as pg_stat_activity shows it.
type backend struct {
	pid   int
	state string
	query string
}

// backends returns the sessions with application_name app.
func backends(ctx context.Context, conn *pgx.Conn, app string) ([]backend, error) {
	rows, err := conn.Query(ctx, `SELECT pid, coalesce(state, ''), coalesce(query, '') FROM pg_stat_activity
		WHERE application_name = $1 AND pid <> pg_backend_pid()`, app)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (backend, error) {
		var b backend
		err := r.Scan(&b.pid, &b.state, &b.query)
		return b, err
	})
}

// phase names what a process was doing, from its sessions.
func phase(bs []backend) string {
	if len(bs) == 0 {
		return "no session (starting, connecting or exiting)"
	}
	for _, b := range bs {
		if b.state != "active" {
			continue
		}
		switch {
		case strings.Contains(b.query, "CONCURRENTLY"):
			return "CREATE INDEX CONCURRENTLY"
		case strings.Contains(b.query, "pg_sleep"):
			return "slow transactional migration (pg_sleep)"
		}
		return "other statement (Runway's own, fast migrations)"
	}
	return "between statements (" + bs[0].state + ")"
}

// waitGone waits until no session has application_name app, up to
// timeout, then terminates those left. It returns how many it terminated.
func waitGone(t *testing.T, conn *pgx.Conn, app string, timeout time.Duration) int {
	ctx := t.Context()
	deadline := time.Now().Add(timeout)
	for {
		bs, err := backends(ctx, conn, app)
		require.NoError(t, err)
		if len(bs) == 0 {
			return 0
		}
		if time.Now().After(deadline) {
			return terminate(t, conn, app)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// terminate ends the sessions with application_name app and waits until
// they are gone. It returns how many there were.
func terminate(t *testing.T, conn *pgx.Conn, app string) int {
	ctx := t.Context()
	var n int
	err := conn.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid, 10000)) FROM pg_stat_activity
		WHERE application_name = $1 AND pid <> pg_backend_pid()`, app).Scan(&n)
	require.NoError(t, err)
	for i := 0; ; i++ {
		bs, err := backends(ctx, conn, app)
		require.NoError(t, err)
		if len(bs) == 0 {
			return n
		}
		require.Less(t, i, 1000, "sessions of %s survive pg_terminate_backend: %v", app, bs)
		time.Sleep(10 * time.Millisecond)
	}
}

// tally counts outcomes by name, safely from several goroutines.
type tally struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *tally) add(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[name]++
}

func (c *tally) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var b strings.Builder
	for _, k := range sortedKeys(c.n) {
		fmt.Fprintf(&b, "\n  %4d  %s", c.n[k], k)
	}
	return b.String()
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// waitPhase waits until the process's session is in phase want (as phase
// names it). It fails the test if the process exits first or 10s pass.
func waitPhase(t *testing.T, conn *pgx.Conn, p *proc, app, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		bs, err := backends(t.Context(), conn, app)
		require.NoError(t, err)
		if phase(bs) == want {
			return
		}
		select {
		case <-p.done:
			t.Fatalf("bootproc exited before %s; stderr:\n%s", want, p.stderr)
		default:
		}
		require.True(t, time.Now().Before(deadline), "bootproc did not reach %s within 10s", want)
		time.Sleep(2 * time.Millisecond)
	}
}
