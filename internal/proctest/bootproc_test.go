package proctest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgtest"
	"github.com/runwaydb/migrate/internal/proctest"
)

// TestBootprocLoad runs bootproc with its configuration from properties
// files and the environment (migrate.LoadConfig), as the PgBouncer test
// does.
func TestBootprocLoad(t *testing.T) {
	db := pgtest.NewDatabase(t)
	bin := build(t)
	l := proctest.Layout{Modules: []proctest.Module{
		{Name: "core", Migrations: []proctest.Kind{proctest.Insert, proctest.Table}},
		{Name: "extra", Migrations: []proctest.Kind{proctest.Table, proctest.Concurrent, proctest.Insert}},
	}}
	conn := connect(t, db)
	dir := setup(t, conn, l)
	props := filepath.Join(t.TempDir(), "oskari-ext.properties")
	require.NoError(t, os.WriteFile(props, []byte(strings.Join([]string{
		"db.url=postgres://nobody@127.0.0.1:1/wrong", // the environment's DB_URL wins
		"db.script.locations=filesystem:" + filepath.Join(dir, "core"),
		"db.additional.modules=extra",
		"db.extra.script.locations=filesystem:" + filepath.Join(dir, "extra"),
		"runway.lockTimeout=30s",
	}, "\n")), 0o644))

	p := startProcEnv(t, []string{"DB_URL=" + db}, bin, "-load", "-properties", props, "-classify", "-timeout", "1m")
	code, out := p.wait(t, time.Minute)
	require.Equal(t, 0, code, "stdout %q, stderr:\n%s", out, p.stderr)
	require.Equal(t, "applied=5", out)
	_, err := proctest.Check(t.Context(), conn, l, proctest.CheckOptions{Complete: true})
	require.NoError(t, err)
	require.NotContains(t, p.stderr.String(), db, "the log names the database URL")
}

// TestBootprocClassify: a failing run exits 1 and names the error's kind;
// bad usage exits 2.
func TestBootprocClassify(t *testing.T) {
	db := pgtest.NewDatabase(t)
	bin := build(t)
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "core"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "core", "V1__bad.sql"), []byte("CREATE TABEL t (x int);\n"), 0o644))

	p := startProc(t, bin, "-dsn", db, "-dir", dir, "-classify", "-start-at", time.Now().Add(50*time.Millisecond).Format(time.RFC3339Nano))
	code, out := p.wait(t, time.Minute)
	require.Equal(t, 1, code, "stderr:\n%s", p.stderr)
	require.Equal(t, "waiting\nerror_kind=sql sqlstate=42601", out)
	require.Contains(t, errorLine(p.stderr.String()), "error: core: V1__bad.sql:1:8: ERROR: syntax error")

	p = startProc(t, bin, "-dsn", db, "-dir", filepath.Join(dir, "none"))
	code, _ = p.wait(t, time.Minute)
	require.Equal(t, 2, code, "stderr:\n%s", p.stderr)
}
