package proctest_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgtest"
	"github.com/runwaydb/migrate/internal/proctest"
)

// killLayout: core's first preApplied migrations are applied before each
// trial; the killed process runs the rest of core, with slow
// transactional migrations and a CREATE INDEX CONCURRENTLY, and then all of
// extra.
func killLayout() proctest.Layout {
	I, T, S, C := proctest.Insert, proctest.Table, proctest.Sleep, proctest.Concurrent
	return proctest.Layout{
		Sleep: 60 * time.Millisecond, Rows: 20, RowDelay: 6 * time.Millisecond,
		Modules: []proctest.Module{
			{Name: "core", Migrations: []proctest.Kind{I, T, I, T, I, S, T, C, S, I, T, S}},
			{Name: "extra", Migrations: []proctest.Kind{T, S, C, I}},
		},
	}
}

const preApplied = "4" // core's target before the trial

// killEnv is what the trials of TestKill9 share.
type killEnv struct {
	bin, dir string
	layout   proctest.Layout
	full     time.Duration // a whole run of the process, uninterrupted
	phases   tally         // what the process did when killed
	outcomes tally         // the state the kill left, and the recovery
	took     atomic.Int64  // total trial time, ns
}

// TestKill9 kills a migrating process with SIGKILL at random moments,
// some aimed inside CREATE INDEX CONCURRENTLY. After each kill, the
// orphaned session is either left to finish its statement or terminated;
// the invariants hold (a CONCURRENTLY migration may show as interrupted),
// and the next run completes, after the operator's recovery where the
// interrupted migration needs one.
func TestKill9(t *testing.T) {
	n := trials(t, "KILL", 40, 200)
	s := seed(t)
	env := &killEnv{bin: build(t), dir: t.TempDir(), layout: killLayout()}
	require.NoError(t, env.layout.Write(env.dir))
	env.full = env.calibrate(t)
	t.Logf("layout: %s; core V1-V%s applied before each trial; an uninterrupted run takes %s", env.layout.Describe(), preApplied, env.full.Round(time.Millisecond))

	const workers = 6
	start := time.Now()
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				t.Run(fmt.Sprintf("trial%03d", i), func(t *testing.T) { env.trial(t, i, newRand(s, i)) })
			}
		})
	}
	for i := 0; i < n && !t.Failed(); i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	t.Logf("%d trials in %s (%d at a time), %s per trial on average", n, time.Since(start).Round(time.Millisecond), workers,
		(time.Duration(env.took.Load()) / time.Duration(max(n, 1))).Round(time.Millisecond))
	t.Logf("what the process was doing when killed:%s", &env.phases)
	t.Logf("what the kill left and how the next run went:%s", &env.outcomes)
}

// prepare creates a database with the fixtures and core up to preApplied.
func (env *killEnv) prepare(t *testing.T) (string, migrate.Config) {
	db := pgtest.NewDatabase(t)
	return db, prepare(t, db, env.dir, env.layout)
}

// prepare creates the fixtures in db and applies core up to preApplied.
// It returns the Config of a whole run.
func prepare(t *testing.T, db, dir string, l proctest.Layout) migrate.Config {
	conn := connect(t, db)
	_, err := conn.Exec(t.Context(), l.SetupSQL())
	require.NoError(t, err)
	require.NoError(t, conn.Close(t.Context()))
	cfg := config(db, dir, l)
	pre := cfg
	pre.Modules = []migrate.Module{cfg.Modules[0]}
	pre.Modules[0].Target = preApplied
	_, err = migrate.Run(t.Context(), pre)
	require.NoError(t, err)
	return cfg
}

// calibrate times an uninterrupted run of the process.
func (env *killEnv) calibrate(t *testing.T) time.Duration {
	db, _ := env.prepare(t)
	p := startProc(t, env.bin, "-dsn", db, "-dir", env.dir, "-timeout", "1m")
	code, out := p.wait(t, time.Minute)
	took := time.Since(p.started)
	require.Equal(t, 0, code, "stdout %q, stderr:\n%s", out, p.stderr)
	_, err := proctest.Check(t.Context(), connect(t, db), env.layout, proctest.CheckOptions{Complete: true})
	require.NoError(t, err)
	return took
}

// trial kills one process and checks what it left.
func (env *killEnv) trial(t *testing.T, i int, rng *rand.Rand) {
	began := time.Now()
	defer func() { env.took.Add(int64(time.Since(began))) }()
	db, cfg := env.prepare(t)
	conn := connect(t, db)
	app := fmt.Sprintf("kill-%d", i)
	p := startProc(t, env.bin, "-dsn", withApp(t, db, app), "-dir", env.dir, "-timeout", "1m")

	if i%4 == 3 { // aim inside CREATE INDEX CONCURRENTLY
		waitPhase(t, conn, p, app, "CREATE INDEX CONCURRENTLY")
		time.Sleep(time.Duration(rng.Int64N(int64(env.layout.RowDelay) * int64(env.layout.Rows))))
	} else {
		time.Sleep(time.Until(p.started.Add(time.Duration(rng.Int64N(int64(env.full))))))
	}
	bs, err := backends(t.Context(), conn, app)
	require.NoError(t, err)
	ph := phase(bs)
	if err := p.cmd.Process.Kill(); !errors.Is(err, os.ErrProcessDone) {
		require.NoError(t, err)
	}
	if code, _ := p.wait(t, 10*time.Second); code == 0 {
		ph = "nothing: the process had finished"
	}
	env.phases.add(ph)

	after := "orphaned session left to finish its statement"
	if rng.IntN(2) == 0 {
		terminate(t, conn, app)
		after = "orphaned session terminated"
	} else if waitGone(t, conn, app, 10*time.Second) > 0 {
		after = "orphaned session terminated after 10s"
	}
	rep, err := proctest.Check(t.Context(), conn, env.layout, proctest.CheckOptions{Interrupted: true})
	require.NoError(t, err, "after the kill (%s; %s)", ph, after)
	state := "no interrupted migration"
	for _, x := range rep.Interrupted {
		state = "INVALID index without its status row"
		if x.Valid {
			state = "valid index without its status row"
		}
	}
	env.outcomes.add(fmt.Sprintf("%s, %s", after, state))
	env.outcomes.add("next run: " + rerun(t, conn, cfg, env.layout))
}

// rerun runs the migrations again, with the recovery if needed, and checks
// that everything is applied. It says how it went.
func rerun(t *testing.T, conn *pgx.Conn, cfg migrate.Config, l proctest.Layout) string {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	how := "completed"
	if _, err := migrate.Run(ctx, cfg); err != nil {
		how = "failed, " + recoverInterrupted(t, conn, cfg, l, err) + ", completed"
		_, err = migrate.Run(ctx, cfg)
		require.NoError(t, err, "the run after the recovery")
	}
	_, err := proctest.Check(ctx, conn, l, proctest.CheckOptions{Complete: true})
	require.NoError(t, err, "after the next run")
	return how
}
