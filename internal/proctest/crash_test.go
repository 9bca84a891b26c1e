package proctest_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgserver"
	"github.com/runwaydb/migrate/internal/proctest"
)

// crashEnv is what the trials of TestServerCrash share.
type crashEnv struct {
	srv      *pgserver.Server
	bin, dir string
	layout   proctest.Layout
	outcomes tally
}

// TestServerCrash crashes a throwaway server (pg_ctl stop -m immediate)
// while a process runs a migration, alternately a slow transactional one
// and a CREATE INDEX CONCURRENTLY: the process fails with
// ErrConnectionLost (error_kind=connection_lost), and once the server is
// back the invariants hold and the next run completes, after the
// operator's recovery where the interrupted migration needs one.
func TestServerCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("database test skipped in -short mode")
	}
	if _, err := pgserver.FindBinDir(); err != nil {
		t.Fatalf("this test needs the postgresql server binaries: %v", err)
	}
	n := trials(t, "CRASH", 4, 20)
	s := seed(t)
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	// Every acknowledged commit must survive the crash, as on a real server.
	srv, err := pgserver.Start(ctx, "synchronous_commit=on")
	require.NoError(t, err)
	t.Cleanup(func() { _ = srv.Stop() })
	env := &crashEnv{srv: srv, bin: build(t), dir: t.TempDir(), layout: killLayout()}
	require.NoError(t, env.layout.Write(env.dir))

	start := time.Now()
	for i := 0; i < n && !t.Failed(); i++ {
		t.Run(fmt.Sprintf("trial%02d", i), func(t *testing.T) { env.trial(t, i, newRand(s, i)) })
	}
	t.Logf("%d crashes in %s:%s", n, time.Since(start).Round(time.Millisecond), &env.outcomes)
}

// trial crashes the server during one migration and checks what it left.
func (env *crashEnv) trial(t *testing.T, i int, rng *rand.Rand) {
	name := fmt.Sprintf("crash_%d", i)
	admin := connect(t, env.srv.URL("postgres"))
	_, err := admin.Exec(t.Context(), "CREATE DATABASE "+pgx.Identifier{name}.Sanitize())
	require.NoError(t, err)
	require.NoError(t, admin.Close(t.Context()))
	db := env.srv.URL(name)
	cfg := prepare(t, db, env.dir, env.layout)

	target := "slow transactional migration (pg_sleep)"
	if i%2 == 1 {
		target = "CREATE INDEX CONCURRENTLY"
	}
	app := fmt.Sprintf("crash-%d", i)
	p := startProc(t, env.bin, "-dsn", withApp(t, db, app), "-dir", env.dir, "-classify", "-timeout", "1m")
	waitPhase(t, connect(t, db), p, app, target)
	time.Sleep(time.Duration(rng.Int64N(int64(50 * time.Millisecond))))
	require.NoError(t, env.srv.StopImmediate())

	code, out := p.wait(t, 30*time.Second)
	require.Equal(t, 1, code, "stdout %q, stderr:\n%s", out, p.stderr)
	require.Contains(t, out, "error_kind=connection_lost", "stderr:\n%s", p.stderr)
	if i < 2 {
		t.Logf("the process's error: %s", errorLine(p.stderr.String()))
	}

	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	require.NoError(t, env.srv.Restart(ctx))
	conn := connect(t, db)
	rep, err := proctest.Check(ctx, conn, env.layout, proctest.CheckOptions{Interrupted: true})
	require.NoError(t, err, "after the crash in %s", target)
	state := "no interrupted migration"
	for _, x := range rep.Interrupted {
		state = x.String()
	}
	env.outcomes.add(fmt.Sprintf("crash in %s: %s; next run: %s", target, state, rerun(t, conn, cfg, env.layout)))
}

// errorLine returns the "error: …" line bootproc printed.
func errorLine(stderr string) string {
	for line := range strings.Lines(stderr) {
		if strings.HasPrefix(line, "error: ") {
			return strings.TrimSpace(line)
		}
	}
	return "(none)"
}
