// Command bench measures Runway against goose, golang-migrate and tern on
// one PostgreSQL server, in one interleaved run, beside the floors that no
// migrator can beat, and prints the tables of BENCHMARKS.md:
//
//	cd bench && go run . -n 1000 -reps 3
//
// (or go run -C bench . from the repository root: bench is its own module,
// so that the library's go.mod stays free of the peers). By default it
// starts a throwaway PostgreSQL cluster from the local binaries, with fsync
// on; -db uses a running server instead. Every trial gets a fresh database.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate/internal/pgserver"
)

// options are the command-line flags.
type options struct {
	sizes       []int
	reps        int
	tools       map[string]bool
	scenarios   map[string]bool
	bootSamples int
	procs       int
	copyMB      int
	smallMB     int
	selectRows  int
	bigReps     int
	db          string
	fsync       bool
	pgss        bool
	settings    []string // -set, for the throwaway cluster
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	childTool := flag.String("child", "", "internal: run one tool once as a child process")
	childURL := flag.String("url", "", "internal: the child's database URL")
	childDir := flag.String("dir", "", "internal: the child's migration directory")
	barrier := flag.Bool("barrier", false, "internal: the child waits for stdin to close before it starts")
	opts, err := parseFlags()
	if err == nil && *childTool != "" {
		err = childMain(ctx, *childTool, *childURL, *childDir, *barrier)
	} else if err == nil {
		err = run(ctx, opts)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func parseFlags() (options, error) {
	var o options
	sizes := flag.String("n", "1000", "migrations per apply, comma-separated sizes (e.g. 1000,5000)")
	flag.IntVar(&o.reps, "reps", 3, "rounds of each scenario (tools interleaved, the order rotated each round)")
	tools := flag.String("tools", "runway,goose,golang-migrate,tern", "migrators to measure (the floors always run)")
	scenarios := flag.String("scenarios", "apply,boot,concurrent,big", "scenarios to run")
	flag.IntVar(&o.bootSamples, "boot-samples", 20, "fresh calls per tool in the no-op boot")
	flag.IntVar(&o.procs, "procs", 16, "processes started at once in the concurrent boot")
	flag.IntVar(&o.copyMB, "copy-mb", 200, "size of the COPY … FROM STDIN script, MB")
	flag.IntVar(&o.smallMB, "small-mb", 50, "size of the script of small INSERTs, MB")
	flag.IntVar(&o.selectRows, "select-rows", 1_000_000, "rows the SELECT script returns")
	flag.IntVar(&o.bigReps, "big-reps", 1, "rounds of the big-scripts scenario")
	flag.StringVar(&o.db, "db", "", "URL of a running server to use (default: start a throwaway cluster)")
	flag.BoolVar(&o.fsync, "fsync", true, "throwaway cluster: fsync, synchronous_commit and full_page_writes on, as in production")
	flag.BoolVar(&o.pgss, "pgss", false, "throwaway cluster: load pg_stat_statements and print where the server spent each tool's apply")
	flag.Func("set", "throwaway cluster: a server setting name=value (repeatable), e.g. log_min_duration_statement=0", func(s string) error {
		if !strings.Contains(s, "=") {
			return fmt.Errorf("want name=value")
		}
		o.settings = append(o.settings, s)
		return nil
	})
	flag.Parse()
	for s := range strings.SplitSeq(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return o, fmt.Errorf("-n: bad size %q", s)
		}
		o.sizes = append(o.sizes, n)
	}
	o.tools, o.scenarios = set(*tools), set(*scenarios)
	for name := range o.tools {
		if !isPeer(name) {
			return o, fmt.Errorf("-tools: no tool %q", name)
		}
	}
	if o.reps < 1 || o.bootSamples < 1 || o.procs < 1 || o.bigReps < 1 {
		return o, fmt.Errorf("-reps, -boot-samples, -procs and -big-reps must be at least 1")
	}
	return o, nil
}

func set(list string) map[string]bool {
	m := map[string]bool{}
	for s := range strings.SplitSeq(list, ",") {
		if s = strings.TrimSpace(s); s != "" {
			m[s] = true
		}
	}
	return m
}

func isPeer(name string) bool {
	for _, t := range peerTools() {
		if t.name == name {
			return true
		}
	}
	return false
}

// run starts or opens the server and runs the scenarios.
func run(ctx context.Context, o options) error {
	srv, err := openServer(ctx, o)
	if err != nil {
		return err
	}
	defer srv.close()
	work, err := os.MkdirTemp("", "runway-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	b := &bench{opts: o, srv: srv, work: work, out: os.Stdout}
	if err := b.header(ctx); err != nil {
		return err
	}
	return b.run(ctx)
}

// server creates and drops the databases of the trials.
type server struct {
	admin   *pgx.Conn
	base    url.URL
	created map[string]bool
	stop    func() error
}

func openServer(ctx context.Context, o options) (*server, error) {
	s := &server{created: map[string]bool{}, stop: func() error { return nil }}
	dsn := o.db
	if dsn == "" {
		var settings []string
		if o.fsync {
			settings = append(settings, "fsync=on", "synchronous_commit=on", "full_page_writes=on")
		}
		if o.pgss {
			settings = append(settings, "shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all",
				"pg_stat_statements.max=50000")
		}
		settings = append(settings, o.settings...)
		fmt.Fprintln(os.Stderr, "bench: starting a throwaway PostgreSQL cluster")
		pg, err := pgserver.StartWith(ctx, settings...)
		if err != nil {
			return nil, err
		}
		s.stop, dsn = pg.Stop, pg.URL("postgres")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return nil, fmt.Errorf("-db: not a URL")
	}
	s.base = *u
	if s.admin, err = pgx.Connect(ctx, dsn); err != nil {
		_ = s.stop()
		return nil, err
	}
	if o.pgss {
		if _, err := s.admin.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"); err != nil {
			return nil, fmt.Errorf("pg_stat_statements (only with the throwaway cluster): %w", err)
		}
	}
	return s, nil
}

// create makes a fresh database and returns its URL.
func (s *server) create(ctx context.Context) (string, error) {
	name := fmt.Sprintf("bench_%d_%d", os.Getpid(), len(s.created)+1)
	for s.created[name] {
		name += "x"
	}
	if _, err := s.admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", err
	}
	s.created[name] = true
	u := s.base
	u.Path = "/" + name
	return u.String(), nil
}

// drop drops the database of dsn.
func (s *server) drop(ctx context.Context, dsn string) {
	u, err := url.Parse(dsn)
	if err != nil {
		return
	}
	name := strings.TrimPrefix(u.Path, "/")
	if _, err := s.admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
		fmt.Fprintf(os.Stderr, "bench: drop database %s: %v\n", name, err)
		return
	}
	delete(s.created, name)
}

// close drops what is left and stops a throwaway cluster.
func (s *server) close() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for name := range s.created {
		u := s.base
		u.Path = "/" + name
		s.drop(ctx, u.String())
	}
	s.admin.Close(ctx)
	if err := s.stop(); err != nil {
		fmt.Fprintln(os.Stderr, "bench: stop server:", err)
	}
}
