package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgserver"
	"github.com/runwaydb/migrate/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// project is a copy of testdata/project with a database of its own, and
// the runway binary to run in it.
type project struct {
	bin string   // the runway binary
	dir string   // the copy of testdata/project, runway's working directory
	url string   // the database, DB_URL in env
	env []string // runway's environment
}

// buildRunway builds the runway binary into a directory that lives as
// long as t.
func buildRunway(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	require.NoError(t, err)
	bin := filepath.Join(t.TempDir(), "runway")
	out, err := exec.Command(goBin, "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// newProject copies testdata/project and creates a database for it.
func newProject(t *testing.T, bin string) *project {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.CopyFS(dir, os.DirFS("testdata/project")))
	p := &project{bin: bin, dir: dir}
	p.useDatabase(pgtest.NewDatabase(t))
	return p
}

// useDatabase points the project at url, through DB_URL only.
func (p *project) useDatabase(url string) {
	p.url = url
	p.env = []string{"DB_URL=" + url}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(k, "DB_") && !strings.HasPrefix(k, "FLYWAY_") && !strings.HasPrefix(k, "PG") {
			p.env = append(p.env, kv)
		}
	}
}

// result is what one runway process did.
type result struct {
	stdout, stderr string
	code           int
}

// run runs runway -q -config oskari.properties args... in the project.
func (p *project) run(t *testing.T, args ...string) result {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), p.bin, append([]string{"-q", "-config", "oskari.properties"}, args...)...)
	cmd.Dir, cmd.Env = p.dir, p.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("running runway %v: %v", args, err)
	}
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// ok runs runway and requires it to succeed, returning its output.
func (p *project) ok(t *testing.T, args ...string) string {
	t.Helper()
	r := p.run(t, args...)
	require.Equal(t, 0, r.code, "runway %v failed:\n%s%s", args, r.stdout, r.stderr)
	return r.stdout
}

// fails runs runway, requires exit status code and one line on stderr
// ("runway: …" and why), and returns that line.
func (p *project) fails(t *testing.T, code int, args ...string) string {
	t.Helper()
	r := p.run(t, args...)
	require.Equal(t, code, r.code, "runway %v:\n%s%s", args, r.stdout, r.stderr)
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	require.Len(t, lines, 1, "one line on stderr, got:\n%s", r.stderr)
	require.True(t, strings.HasPrefix(lines[0], "runway: "), lines[0])
	return lines[0]
}

// exec runs SQL on the project's database.
func (p *project) exec(t *testing.T, sql string) {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), p.url)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	_, err = conn.Exec(t.Context(), sql)
	require.NoError(t, err)
}

// statusTables returns every status table's rows as text, table by
// table, all columns or, with exclude, all but those.
func (p *project) statusTables(t *testing.T, columns string) string {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), p.url)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	rows, err := conn.Query(t.Context(), `SELECT table_name FROM information_schema.tables
		WHERE table_schema = 'public' AND table_name LIKE 'oskari_status%' ORDER BY 1`)
	require.NoError(t, err)
	tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	var b strings.Builder
	for _, table := range tables {
		ident := pgx.Identifier{table}.Sanitize()
		var text string
		require.NoError(t, conn.QueryRow(t.Context(), `SELECT coalesce(string_agg(r::text, E'\n' ORDER BY installed_rank), '')
			FROM (SELECT installed_rank, `+columns+` FROM `+ident+`) r`).Scan(&text))
		fmt.Fprintf(&b, "%s:\n%s\n", table, text)
	}
	return b.String()
}

// allColumns and historyColumns are what statusTables compares: all, or
// all but installed_on and execution_time, which differ between runs.
const (
	allColumns     = "version, description, type, script, checksum, installed_by, installed_on, execution_time, success"
	historyColumns = "version, description, type, script, checksum, installed_by, success"
)

// pgTool finds a PostgreSQL client program (pg_dump, psql) next to the
// server binaries, else in PATH.
func pgTool(t *testing.T, name string) string {
	t.Helper()
	if dir, err := pgserver.FindBinDir(); err == nil {
		if p, err := exec.LookPath(filepath.Join(dir, name)); err == nil {
			return p
		}
	}
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not found: %v", name, err)
	}
	return p
}

// schema returns pg_dump -s --no-owner of the project's database, without
// the random \restrict keys of recent pg_dump versions.
func (p *project) schema(t *testing.T) string {
	t.Helper()
	out, err := exec.CommandContext(t.Context(), pgTool(t, "pg_dump"), "-s", "--no-owner", "-d", p.url).Output()
	require.NoError(t, err)
	var keep []string
	for _, line := range strings.Split(string(out), "\n") {
		if !strings.HasPrefix(line, `\restrict `) && !strings.HasPrefix(line, `\unrestrict `) {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

// snapshot is the database as a dry run must leave it: schema and status
// tables.
func (p *project) snapshot(t *testing.T) string {
	t.Helper()
	return p.schema(t) + "\n" + p.statusTables(t, allColumns)
}

// info returns the modules' status, from info -json.
func (p *project) info(t *testing.T) map[string]migrate.ModuleStatus {
	t.Helper()
	var status []migrate.ModuleStatus
	require.NoError(t, json.Unmarshal([]byte(p.ok(t, "info", "-json")), &status))
	out := map[string]migrate.ModuleStatus{}
	for _, s := range status {
		out[s.Module] = s
	}
	return out
}

// states lists "version: state" of a module's migrations, but for
// baseline rows: whether LoadConfig baselines new status tables as Oskari
// does (core at 2.0.0, the others at 0.1) does not change these tests.
func states(s migrate.ModuleStatus) []string {
	var out []string
	for _, m := range s.Migrations {
		if m.Category != migrate.CategoryBaseline {
			out = append(out, m.Version+": "+string(m.State))
		}
	}
	return out
}

// allStates is states with the baseline rows.
func allStates(s migrate.ModuleStatus) []string {
	var out []string
	for _, m := range s.Migrations {
		out = append(out, m.Version+": "+string(m.State))
	}
	return out
}
