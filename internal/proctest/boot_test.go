package proctest_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgtest"
	"github.com/runwaydb/migrate/internal/proctest"
)

// bootLayout is 5 modules of 50 migrations: inserts, tables, short sleeps
// so that the processes overlap, and two CREATE INDEX CONCURRENTLY each.
func bootLayout() proctest.Layout {
	l := proctest.Layout{Sleep: 5 * time.Millisecond, Rows: 1000}
	for _, name := range []string{"core", "alpha", "beta", "gamma", "delta"} {
		m := proctest.Module{Name: name}
		for v := 1; v <= 50; v++ {
			k := proctest.Insert
			switch {
			case v%25 == 0:
				k = proctest.Concurrent
			case v%10 == 5:
				k = proctest.Sleep
			case v%3 == 0:
				k = proctest.Table
			}
			m.Migrations = append(m.Migrations, k)
		}
		l.Modules = append(l.Modules, m)
	}
	return l
}

// TestConcurrentBoot starts 16 processes at the same moment on a fresh
// database: each migration is applied exactly once, by one of them, and
// all succeed; a second boot of 16 applies nothing.
func TestConcurrentBoot(t *testing.T) {
	const procs = 16
	db := pgtest.NewDatabase(t)
	bin := build(t)
	l := bootLayout()
	conn := connect(t, db)
	dir := setup(t, conn, l)
	t.Logf("layout: %s", l.Describe())

	rounds := 2
	if soak() {
		rounds = 5
	}
	for round := 1; round <= rounds; round++ {
		applied, took := bootRound(t, bin, db, dir, procs, round)
		want := 0
		if round == 1 {
			want = 250
		}
		require.Equal(t, want, applied, "round %d: migrations applied by all processes together", round)
		rep, err := proctest.Check(t.Context(), conn, l, proctest.CheckOptions{Complete: true})
		require.NoError(t, err, "round %d", round)
		t.Logf("round %d: %d processes, %d applied in %s; status rows %v", round, procs, applied, took.Round(time.Millisecond), rep.Applied)
	}
}

// bootRound starts procs processes that wait at a barrier file, creates
// it, and waits for all to exit 0. It returns the sum of what they applied
// and the time from the barrier to the last exit.
func bootRound(t *testing.T, bin, db, dir string, procs, round int) (int, time.Duration) {
	barrier := filepath.Join(t.TempDir(), "go")
	ps := make([]*proc, procs)
	for i := range ps {
		dsn := withApp(t, db, fmt.Sprintf("boot-%d-%d", round, i))
		ps[i] = startProc(t, bin, "-dsn", dsn, "-dir", dir, "-wait-file", barrier, "-classify", "-timeout", "2m")
	}
	for _, p := range ps {
		p.waitLine(t, "waiting", time.Minute)
	}
	require.NoError(t, os.WriteFile(barrier, nil, 0o644))
	start := time.Now()
	total := 0
	var first, last time.Time
	for i, p := range ps {
		code, out := p.wait(t, 2*time.Minute)
		require.Equal(t, 0, code, "round %d process %d: stdout %q, stderr:\n%s", round, i, out, p.stderr)
		n, ok := strings.CutPrefix(out[strings.LastIndex(out, "\n")+1:], "applied=")
		require.True(t, ok, "process %d stdout %q", i, out)
		v, err := strconv.Atoi(n)
		require.NoError(t, err)
		total += v
		if at := logTime(p.stderr.String(), "checking DB status"); !at.IsZero() {
			if first.IsZero() || at.Before(first) {
				first = at
			}
			if at.After(last) {
				last = at
			}
		}
	}
	t.Logf("round %d: the processes began their runs within %s of each other", round, last.Sub(first).Round(time.Microsecond))
	return total, time.Since(start)
}

// logTime returns the time of the first JSON log line with message msg.
func logTime(log, msg string) time.Time {
	for line := range strings.Lines(log) {
		var rec struct {
			Time time.Time
			Msg  string
		}
		if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == msg {
			return rec.Time
		}
	}
	return time.Time{}
}
