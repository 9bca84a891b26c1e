package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgtest"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

const (
	bootTimeout = time.Minute      // until the binary serves HTTP, and until it is ready
	exitTimeout = 20 * time.Second // from SIGTERM to exit
)

// process is the example server running as a separate process.
type process struct {
	cmd    *exec.Cmd
	base   string        // http://host:port
	logs   *lockedBuffer // its stderr: JSON log lines
	exited chan struct{} // closed once it has exited
}

// lockedBuffer is a bytes.Buffer safe for one writer and many readers.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// build compiles the example into a temporary directory.
func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "oskari-server")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// start runs the example (in this directory, so that it reads the
// oskari.properties and oskari-ext.properties shipped here) with env added
// to an environment without DB_* and FLYWAY_* variables, and waits until
// it serves HTTP.
func start(t *testing.T, env ...string) *process {
	t.Helper()
	cmd := exec.Command(build(t), "-addr", "127.0.0.1:0", "-log-format", "json")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DB_") && !strings.HasPrefix(kv, "FLYWAY_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, env...)
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	p := &process{cmd: cmd, logs: &lockedBuffer{}, exited: make(chan struct{})}
	addr := make(chan string, 1)
	go p.readLogs(stderr, addr)
	t.Cleanup(func() {
		_ = cmd.Process.Kill() // a no-op once it has exited
		<-p.exited
		if t.Failed() {
			t.Logf("oskari-server log:\n%s", p.logs)
		}
	})
	select {
	case a := <-addr:
		p.base = "http://" + a
	case <-p.exited:
		t.Fatalf("oskari-server exited before serving (%s)", cmd.ProcessState)
	case <-time.After(bootTimeout):
		t.Fatalf("oskari-server did not serve within %s", bootTimeout)
	}
	return p
}

// readLogs copies the process's log lines into p.logs, sends the address
// of the "serving HTTP" line, and waits for the process once its stderr
// is closed.
func (p *process) readLogs(stderr io.Reader, addr chan<- string) {
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		line := sc.Bytes()
		_, _ = p.logs.Write(append(line, '\n'))
		var rec struct{ Msg, Addr string }
		if json.Unmarshal(line, &rec) == nil && rec.Msg == "serving HTTP" {
			addr <- rec.Addr
		}
	}
	_ = p.cmd.Wait()
	close(p.exited)
}

// get fetches path and decodes its JSON body into v (if not nil).
func (p *process) get(t *testing.T, path string, v any) int {
	t.Helper()
	resp, err := http.Get(p.base + path)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	if v != nil {
		require.NoError(t, json.Unmarshal(body, v), "%s: %s", path, body)
	}
	return resp.StatusCode
}

// waitReady polls /readyz until it answers 200.
func (p *process) waitReady(t *testing.T) migrate.GateStatus {
	t.Helper()
	deadline := time.Now().Add(bootTimeout)
	for {
		var st migrate.GateStatus
		code := p.get(t, "/readyz", &st)
		if code == http.StatusOK {
			require.Equal(t, migrate.GateReady, st.State)
			return st
		}
		require.Equal(t, http.StatusServiceUnavailable, code)
		require.NotEqual(t, migrate.GateFailed, st.State, st.Error)
		require.True(t, time.Now().Before(deadline), "not ready within %s: %+v", bootTimeout, st)
		time.Sleep(50 * time.Millisecond)
	}
}

// stop sends SIGTERM and returns the exit code and how long the exit took.
func (p *process) stop(t *testing.T) (int, time.Duration) {
	t.Helper()
	begin := time.Now()
	require.NoError(t, p.cmd.Process.Signal(syscall.SIGTERM))
	select {
	case <-p.exited:
	case <-time.After(exitTimeout):
		t.Fatalf("oskari-server did not exit within %s of SIGTERM", exitTimeout)
	}
	return p.cmd.ProcessState.ExitCode(), time.Since(begin)
}

// connect opens the test's own connection to the database.
func connect(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close(t.Context()) })
	return conn
}

// query returns the first column of the first row of sql as a string.
func query(t *testing.T, conn *pgx.Conn, sql string, args ...any) string {
	t.Helper()
	var s string
	require.NoError(t, conn.QueryRow(t.Context(), sql, args...).Scan(&s), sql)
	return s
}

var fiveModules = []string{"core", "myplaces", "analysis", "userlayer", "custom-layers"}

func TestBootMigratesAndServes(t *testing.T) {
	t.Parallel()
	url := pgtest.NewDatabase(t)
	p := start(t, "DB_URL="+url)
	require.Equal(t, http.StatusOK, p.get(t, "/healthz", nil))

	st := p.waitReady(t)
	var order []string
	for _, m := range st.Result.Modules {
		order = append(order, m.Module)
	}
	require.Equal(t, fiveModules, order)
	require.Equal(t, 16, st.Result.Applied())
	// runway.lint=warn in oskari.properties: a fresh database serves no
	// traffic, so its first migrations are not linted at boot (runway lint
	// shows the two findings of these scripts, see the golden file).
	require.Empty(t, lintWarnings(t, p.logs.String()))

	var status []migrate.ModuleStatus
	require.Equal(t, http.StatusOK, p.get(t, "/migrations", &status))
	var got []string
	for _, m := range status {
		got = append(got, m.Module+" "+m.Version)
		require.Empty(t, m.Pending(), m.Module)
	}
	require.Equal(t, []string{"core 2.1.0.1", "myplaces 1.0.3", "analysis 1.0.2", "userlayer 1.31.5.1", "custom-layers 1.1"}, got)
	i := slices.IndexFunc(status[1].Migrations, func(m migrate.MigrationInfo) bool { return m.Version == "1.0.2" })
	require.GreaterOrEqual(t, i, 0, "myplaces 1.0.2 is listed")
	step := status[1].Migrations[i]
	require.Equal(t, "1.0.2 Populate default categories JDBC flyway.myplaces.V1_0_2__Populate_default_categories Success",
		strings.Join([]string{step.Version, step.Description, string(step.Type), step.Script, string(step.State)}, " "))
	require.Equal(t, `"public"."oskari_status_custom_layers"`, status[4].StatusTable)

	// The data is there: the dump's rows (with \N and an escaped CRLF),
	// the triggers' work, the Go step's categories, the custom module's seed.
	conn := connect(t, url)
	require.Equal(t, "Imported from Oskari 1.x\r\nsee the migration notes|",
		query(t, conn, `SELECT attributes || '|' || coalesce(first_name, '') FROM oskari_users WHERE user_name = 'admin'`))
	require.Equal(t, "3 3", query(t, conn, `SELECT count(*) || ' ' || count(updated) FROM oskari_maplayer`))
	require.Equal(t, "Oskari's places, admin's places",
		query(t, conn, `SELECT string_agg(category_name, ', ' ORDER BY id) FROM categories WHERE "default"`))
	require.Equal(t, "1", query(t, conn, `SELECT count(*)::text FROM custom_layer`))
	require.Equal(t, "4", query(t, conn, `SELECT nextval('oskari_maplayer_id_seq')::text`))

	logs := p.logs.String()
	for _, m := range fiveModules {
		require.Contains(t, logs, `"msg":"[`+m+`] DB migrated successfully"`)
	}
	require.NotContains(t, logs, "throwaway")
	code, _ := p.stop(t)
	require.Equal(t, 0, code)

	// The next boot finds nothing to do.
	p = start(t, "DB_URL="+url)
	st = p.waitReady(t)
	require.Equal(t, 0, st.Result.Applied())
	code, _ = p.stop(t)
	require.Equal(t, 0, code)
}

func TestInterruptWhileMigrating(t *testing.T) {
	t.Parallel()
	url := pgtest.NewDatabase(t)
	// A slow migration in a directory on disk, added to the custom module's
	// embedded scripts by the environment.
	dir := t.TempDir()
	slow := "CREATE TABLE slow_effect (id int);\nINSERT INTO custom_layer (maplayer_id, theme) VALUES (1, 'slow');\nSELECT pg_sleep(30);\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "V9_0__slow.sql"), []byte(slow), 0o644))
	p := start(t, "DB_URL="+url, "DB_CUSTOM_LAYERS_SCRIPT_LOCATIONS=classpath:flyway/custom-layers, filesystem:"+dir)

	conn := connect(t, url)
	others := `SELECT count(*)::text FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`
	require.Eventually(t, func() bool {
		return query(t, conn, others+` AND query LIKE '%pg_sleep(30)%'`) == "1"
	}, bootTimeout, 20*time.Millisecond, "the slow migration never ran")

	// Meanwhile the readiness probe gets 503 with the plan.
	var st migrate.GateStatus
	require.Equal(t, http.StatusServiceUnavailable, p.get(t, "/readyz", &st))
	require.Equal(t, migrate.GateMigrating, st.State)
	custom := st.Plan.Modules[4]
	require.Equal(t, "custom-layers", custom.Module)
	require.Equal(t, "V9_0__slow.sql", custom.Pending[len(custom.Pending)-1].Script)
	require.Equal(t, http.StatusOK, p.get(t, "/healthz", nil))

	code, took := p.stop(t)
	require.Equal(t, 1, code)
	require.Less(t, took, 15*time.Second)
	logs := p.logs.String()
	require.Contains(t, logs, "interrupted while migrating: cancelling the migration")
	require.Contains(t, logs, "migration interrupted")

	// Nothing of the slow migration is left, the ones before it are, and
	// no session or advisory lock remains.
	require.Equal(t, "false", query(t, conn, `SELECT (to_regclass('public.slow_effect') IS NOT NULL)::text`))
	require.Equal(t, "0", query(t, conn, `SELECT count(*)::text FROM custom_layer WHERE theme = 'slow'`))
	require.Equal(t, "1.0 true, 1.1 true", query(t, conn,
		`SELECT string_agg(version || ' ' || success, ', ' ORDER BY installed_rank) FROM `+custom.StatusTable+` WHERE version <> '0.1'`))
	require.Eventually(t, func() bool { return query(t, conn, others) == "0" }, 5*time.Second, 20*time.Millisecond)
	require.Equal(t, "0", query(t, conn, `SELECT count(*)::text FROM pg_locks WHERE locktype = 'advisory'
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`))
}

// lintWarnings lists the lint findings logged, as "module script:line rule".
func lintWarnings(t *testing.T, logs string) []string {
	t.Helper()
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		var rec struct {
			Level, Msg, Module, Script, Rule string
			Line                             int
		}
		require.NoError(t, json.Unmarshal([]byte(line), &rec), line)
		if strings.HasPrefix(rec.Msg, "migration lint") {
			require.Equal(t, "WARN", rec.Level)
			out = append(out, fmt.Sprintf("%s %s:%d %s", rec.Module, rec.Script, rec.Line, rec.Rule))
		}
	}
	return out
}
