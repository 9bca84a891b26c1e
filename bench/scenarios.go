package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// bench holds one run of the benchmark.
type bench struct {
	opts   options
	srv    *server
	work   string // temporary directory of the generated files
	out    io.Writer
	failed bool // some tool failed: the run exits non-zero at the end
}

// run runs the chosen scenarios for every size, then the big scripts.
func (b *bench) run(ctx context.Context) error {
	for _, n := range b.opts.sizes {
		if err := b.runSize(ctx, n); err != nil {
			return err
		}
	}
	if b.opts.scenarios["big"] {
		if err := b.bigScenario(ctx); err != nil {
			return err
		}
	}
	if b.failed {
		return errors.New("some tools failed: see the tables")
	}
	return nil
}

// runSize writes the n migrations in every format and runs apply, boot and
// concurrent boot on them.
func (b *bench) runSize(ctx context.Context, n int) error {
	dirs, err := b.writeWorkload(n)
	if err != nil {
		return err
	}
	defer os.RemoveAll(filepath.Join(b.work, fmt.Sprint(n)))
	var single *table
	if b.opts.scenarios["apply"] || b.opts.scenarios["boot"] {
		var kept map[string]string
		single, kept, err = b.applyScenario(ctx, n, dirs)
		if err != nil {
			return err
		}
		if b.opts.scenarios["boot"] {
			if err := b.bootScenario(ctx, n, dirs, kept); err != nil {
				return err
			}
		}
		for _, dsn := range kept {
			b.srv.drop(ctx, dsn)
		}
	}
	if b.opts.scenarios["concurrent"] {
		return b.concurrentScenario(ctx, n, dirs, single)
	}
	return nil
}

// peers returns the migrators chosen with -tools.
func (b *bench) peers() []*tool {
	var out []*tool
	for _, t := range peerTools() {
		if b.opts.tools[t.name] {
			out = append(out, t)
		}
	}
	return out
}

// writeWorkload writes the n migrations for every tool; the round trip
// floor reads the Flyway-named files.
func (b *bench) writeWorkload(n int) (map[string]string, error) {
	scripts := workload("t", n)
	dirs := map[string]string{}
	root := filepath.Join(b.work, fmt.Sprint(n))
	for _, t := range peerTools() {
		dirs[t.name] = filepath.Join(root, t.name)
		if err := writeScripts(dirs[t.name], t.format, scripts); err != nil {
			return nil, err
		}
	}
	dirs[nameRoundTrip] = dirs[nameRunway]
	dirs[nameFlywayRow] = dirs[nameRunway]
	dirs[namePsql] = filepath.Join(root, "psql")
	return dirs, writePsqlScript(dirs[namePsql], scripts)
}

// applyScenario applies n migrations with every tool and floor on fresh
// databases, the order rotated each round. It keeps the last round's
// databases for the boot scenario.
func (b *bench) applyScenario(ctx context.Context, n int, dirs map[string]string) (*table, map[string]string, error) {
	t := &table{title: fmt.Sprintf("apply %d migrations (one transaction each, fresh database)", n), floor: nameRoundTrip}
	tools := append(b.peers(), floorTools()...)
	kept := map[string]string{}
	for r := range b.opts.reps {
		for _, tl := range rotate(tools, r) {
			dsn, err := b.srv.create(ctx)
			if err != nil {
				return nil, nil, err
			}
			start := time.Now()
			err = tl.run(ctx, dsn, dirs[tl.name])
			elapsed := time.Since(start)
			if err == nil {
				err = checkApplied(ctx, dsn, n)
			}
			b.progress("apply n=%d round %d %s: %s %v", n, r+1, tl.name, dur(elapsed), errOrEmpty(err))
			if err != nil {
				b.fail(t.row(tl.name), err)
				b.srv.drop(ctx, dsn)
				continue
			}
			t.add(tl.name, r, elapsed)
			if r < b.opts.reps-1 {
				b.srv.drop(ctx, dsn)
			} else {
				kept[tl.name] = dsn
			}
		}
	}
	t.write(b.out)
	if b.opts.pgss {
		b.serverTime(ctx, n, kept)
	}
	return t, kept, nil
}

// checkApplied checks that the database has the n tables t1…tn of the
// workload, with ten rows each: every migration applied, exactly once.
func checkApplied(ctx context.Context, dsn string, n int) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var tables, rows int
	err = conn.QueryRow(ctx, `SELECT count(*), coalesce(sum((xpath('/row/c/text()',
		query_to_xml(format('SELECT count(*) AS c FROM %I', relname), false, true, '')))[1]::text::int), 0)
		FROM pg_class WHERE relkind = 'r' AND relname ~ '^t[0-9]+$' AND relnamespace = 'public'::regnamespace`).Scan(&tables, &rows)
	if err != nil {
		return err
	}
	if tables != n || rows != 10*n {
		return fmt.Errorf("found %d of %d tables and %d rows, want %d", tables, n, rows, 10*n)
	}
	return nil
}

// concurrentScenario starts opts.procs processes of each locking tool at
// once on a fresh database and times them until the last one exits.
func (b *bench) concurrentScenario(ctx context.Context, n int, dirs map[string]string, single *table) error {
	t := &table{title: fmt.Sprintf("concurrent boot: %d processes at once, %d migrations, fresh database", b.opts.procs, n)}
	var tools []*tool
	for _, tl := range b.peers() {
		if tl.locks {
			tools = append(tools, tl)
		}
	}
	paired := map[string][]float64{} // per round: 16 processes ÷ 1 process, the same tool
	for r := range b.opts.reps {
		for _, tl := range rotate(tools, r) {
			// The same tool alone in one child process first, on a fresh
			// database: the concurrent boot's own floor, in the same round.
			one, err := b.soloApply(ctx, n, tl.name, dirs[tl.name])
			if err != nil {
				b.progress("concurrent n=%d round %d %s alone: %v", n, r+1, tl.name, err)
			}
			dsn, err := b.srv.create(ctx)
			if err != nil {
				return err
			}
			wall, failed, err := b.startAtOnce(ctx, tl.name, dsn, dirs[tl.name], b.opts.procs)
			checkErr := checkApplied(ctx, dsn, n)
			b.srv.drop(ctx, dsn)
			b.progress("concurrent n=%d round %d %s: %s %v %v", n, r+1, tl.name, dur(wall), errOrEmpty(err), errOrEmpty(checkErr))
			w := t.row(tl.name)
			if err == nil && checkErr == nil && one > 0 {
				paired[tl.name] = append(paired[tl.name], wall.Seconds()/one.Seconds())
			}
			switch {
			case checkErr != nil:
				b.fail(w, checkErr)
				w.extra = "NOT exactly once: " + w.fail
			case err != nil:
				b.fail(w, err)
				w.extra = fmt.Sprintf("%d of %d processes failed: %s", failed, b.opts.procs, short(err))
			default:
				t.add(tl.name, r, wall)
				if w.extra == "" {
					w.extra = "exactly once"
				}
			}
		}
	}
	t.note = "Every process must exit 0, and afterwards each of the n tables must exist with its 10 rows (a second run of a migration would fail or double them). " +
		"Each round first runs the tool alone in one child process on a fresh database: \"× 1 process\" is the concurrent time over that one, round by round (median first)."
	if single != nil {
		t.note += " \"× own apply\" compares the median with the same tool's in-process apply above, a run minutes apart."
	}
	for _, w := range t.rows {
		if ratios := paired[w.name]; len(ratios) > 0 {
			sorted := slices.Clone(ratios)
			slices.Sort(sorted)
			var each []string
			for _, x := range ratios {
				each = append(each, fmt.Sprintf("%.2f", x))
			}
			w.extra += fmt.Sprintf("; %.2f× 1 process (%s)", sorted[len(sorted)/2], strings.Join(each, ", "))
		}
		if single == nil {
			continue
		}
		if s := single.row(w.name); len(s.samples) > 0 && len(w.samples) > 0 {
			w.extra += fmt.Sprintf("; %.2f× own apply", median(w.samples).Seconds()/median(s.samples).Seconds())
		}
	}
	t.write(b.out)
	return nil
}

// soloApply applies the n migrations with tool alone in one child process,
// started as startAtOnce starts them, on a fresh database it then drops.
func (b *bench) soloApply(ctx context.Context, n int, tool, dir string) (time.Duration, error) {
	dsn, err := b.srv.create(ctx)
	if err != nil {
		return 0, err
	}
	defer b.srv.drop(ctx, dsn)
	wall, _, err := b.startAtOnce(ctx, tool, dsn, dir, 1)
	if err == nil {
		err = checkApplied(ctx, dsn, n)
	}
	if err != nil {
		return 0, err
	}
	return wall, nil
}

// startAtOnce starts procs children of tool, lets them go together and
// returns the time until the last one exited, and how many failed.
func (b *bench) startAtOnce(ctx context.Context, tool, dsn, dir string, procs int) (time.Duration, int, error) {
	children := make([]*child, procs)
	for i := range children {
		c, err := selfCommand(ctx, tool, dsn, dir, true)
		if err != nil {
			return 0, 0, err
		}
		if err := c.start(); err != nil {
			return 0, 0, err
		}
		children[i] = c
	}
	time.Sleep(200 * time.Millisecond) // let every process reach its barrier
	start := time.Now()
	for _, c := range children {
		c.release.Close()
	}
	var errs []error
	for _, c := range children {
		if _, err := c.wait(); err != nil {
			errs = append(errs, err)
		}
	}
	return time.Since(start), len(errs), errors.Join(errs...)
}

// bigScenario runs each big script in a child process per tool that can run
// it, on a fresh database, and records its wall time and peak RSS.
func (b *bench) bigScenario(ctx context.Context) error {
	for i, s := range bigScripts(b.opts.copyMB, b.opts.smallMB, b.opts.selectRows) {
		if err := b.bigScript(ctx, i, s); err != nil {
			return err
		}
	}
	return nil
}

func (b *bench) bigScript(ctx context.Context, i int, s bigScript) error {
	root := filepath.Join(b.work, fmt.Sprintf("big%d", i))
	defer os.RemoveAll(root)
	dirs := map[string]string{}
	names := []string{nameIdle, namePsql}
	for _, tl := range b.peers() {
		if s.copy && !tl.copy {
			continue
		}
		dirs[tl.name] = filepath.Join(root, tl.name)
		if err := os.MkdirAll(dirs[tl.name], 0o755); err != nil {
			return err
		}
		if err := tl.format(dirs[tl.name], script{n: 1}, s.body); err != nil {
			return err
		}
		names = append(names, tl.name)
	}
	plain := filepath.Join(root, "plain.sql")
	if err := writeFile(plain, s.body); err != nil {
		return err
	}
	t := &table{title: "big script: " + s.name + " (one migration, a child process each)", floor: namePsql}
	for r := range b.opts.bigReps {
		for _, name := range rotate(names, r) {
			dsn, err := b.srv.create(ctx)
			if err != nil {
				return err
			}
			var c *child
			if name == namePsql {
				c = psqlCommand(ctx, dsn, plain, "-1")
			} else if c, err = selfCommand(ctx, name, dsn, dirs[name], false); err != nil {
				return err
			}
			res, err := c.run()
			b.srv.drop(ctx, dsn)
			b.progress("big %q round %d %s: %s %s %v", s.name, r+1, name, dur(res.wall), mb(res.maxRSS), errOrEmpty(err))
			if err != nil {
				b.fail(t.row(name), err)
				continue
			}
			w := t.add(name, r, res.wall)
			w.rss = append(w.rss, res.maxRSS)
		}
	}
	if s.copy {
		t.note = "goose, golang-migrate and tern send a script over Exec, which cannot carry COPY … FROM STDIN data: not run. "
	}
	t.note += "`idle` is the bench binary that only connects and exits: the RSS every child starts from. psql runs the file with -1 (one transaction)."
	t.write(b.out)
	return nil
}

// fail records the first error of a row and marks the run failed.
func (b *bench) fail(w *row, err error) {
	if w.fail == "" {
		w.fail = short(err)
	}
	b.failed = true
}

func (b *bench) progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// short is the first line of err, at most 120 bytes, for a table cell.
func short(err error) string {
	msg, _, _ := strings.Cut(err.Error(), "\n")
	if len(msg) > 120 {
		msg = msg[:120] + "…"
	}
	return msg
}

func errOrEmpty(err error) any {
	if err == nil {
		return ""
	}
	return err
}

func median(s []time.Duration) time.Duration {
	s = slices.DeleteFunc(slices.Clone(s), func(d time.Duration) bool { return d == 0 })
	if len(s) == 0 {
		return 0
	}
	slices.Sort(s)
	return s[len(s)/2]
}
