// Command bootproc runs migrate.Run once, as an application does at boot,
// for the process-level tests (internal/proctest): many of them start at
// the same moment, are killed with SIGKILL, or lose their server.
//
// Usage:
//
//	bootproc -dsn URL -dir DIR [-start-at TIME | -wait-file PATH] [-classify]
//	bootproc -load [-properties a.properties,b.properties] [-classpath DIR] [-dsn URL] …
//
// With -dir, each subdirectory of DIR is a module of that name (core runs
// first). With -load, the configuration comes from migrate.LoadConfig:
// the environment (DB_URL, RUNWAY_LOCK_TIMEOUT, …) and the -properties
// files, with classpath: locations under -classpath; -dsn, when given,
// replaces the loaded database URL. The DSN may also come from
// $BOOTPROC_DSN; it is never printed.
//
// Logs go to stderr as JSON (log/slog). On stdout, bootproc prints
// "waiting" when it reaches its barrier, then "applied=N" when Run
// succeeds. When Run fails it prints "error: …" on stderr and, with
// -classify, "error_kind=KIND sqlstate=CODE" on stdout (KIND as
// proctest.Classify names it: connection_lost, lock_timeout, …), and exits
// with status 1. Bad usage exits with status 2.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/proctest"
)

// barrierPoll is how often -wait-file looks for the file.
const barrierPoll = time.Millisecond

type options struct {
	dsn         string
	dir         string
	load        bool
	properties  string
	classpath   string
	lockTimeout time.Duration
	timeout     time.Duration
	startAt     string
	waitFile    string
	classify    bool
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main with its outputs, returning the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	var o options
	fs := flag.NewFlagSet("bootproc", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.dsn, "dsn", os.Getenv("BOOTPROC_DSN"), "database URL (default $BOOTPROC_DSN)")
	fs.StringVar(&o.dir, "dir", "", "migrations directory: one subdirectory per module")
	fs.BoolVar(&o.load, "load", false, "take the configuration from migrate.LoadConfig (environment and -properties)")
	fs.StringVar(&o.properties, "properties", "", "comma-separated properties files, with -load")
	fs.StringVar(&o.classpath, "classpath", "", "directory of classpath: locations, with -load")
	fs.DurationVar(&o.lockTimeout, "lock-timeout", 0, "Config.LockTimeout (default: Runway's, or the loaded one)")
	fs.DurationVar(&o.timeout, "timeout", 2*time.Minute, "bound on the whole run, barrier included")
	fs.StringVar(&o.startAt, "start-at", "", "wait until this time: RFC 3339 or Unix nanoseconds")
	fs.StringVar(&o.waitFile, "wait-file", "", "wait until this file exists")
	fs.BoolVar(&o.classify, "classify", false, "print error_kind=KIND on stdout when Run fails")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cfg, err := config(o)
	if err != nil {
		fmt.Fprintf(stderr, "bootproc: %v\n", err)
		return 2
	}
	cfg.Logger = log
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()
	if err := barrier(ctx, o, stdout); err != nil {
		fmt.Fprintf(stderr, "bootproc: %v\n", err)
		return 2
	}
	start := time.Now()
	res, err := migrate.Run(ctx, cfg)
	log.Info("run finished", slog.Int("applied", res.Applied()), slog.Duration("duration", time.Since(start)),
		slog.Int("pid", os.Getpid()))
	if err != nil {
		fmt.Fprintf(stderr, "error: %v\n", err)
		if o.classify {
			kind, state := proctest.Classify(err)
			fmt.Fprintf(stdout, "error_kind=%s sqlstate=%s\n", kind, state)
		}
		return 1
	}
	fmt.Fprintf(stdout, "applied=%d\n", res.Applied())
	return 0
}

// config builds the Config from the flags.
func config(o options) (migrate.Config, error) {
	var cfg migrate.Config
	switch {
	case o.load && o.dir != "":
		return cfg, errors.New("-load and -dir exclude each other")
	case o.load:
		opts := migrate.LoadOptions{}
		if o.properties != "" {
			opts.Files = strings.Split(o.properties, ",")
		}
		if o.classpath != "" {
			opts.Classpath = os.DirFS(o.classpath)
		}
		var err error
		if cfg, err = migrate.LoadConfig(opts); err != nil {
			return cfg, err
		}
		if o.dsn != "" {
			cfg.DatabaseURL = o.dsn
		}
	case o.dir != "":
		mods, err := modules(o.dir)
		if err != nil {
			return cfg, err
		}
		cfg.DatabaseURL, cfg.Modules = o.dsn, mods
	default:
		return cfg, errors.New("give -dir or -load")
	}
	if o.lockTimeout != 0 {
		cfg.LockTimeout = o.lockTimeout
	}
	return cfg, nil
}

// modules returns one module per subdirectory of dir.
func modules(dir string) ([]migrate.Module, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var mods []migrate.Module
	for _, e := range entries {
		if e.IsDir() {
			mods = append(mods, migrate.Module{Name: e.Name(), Scripts: os.DirFS(filepath.Join(dir, e.Name()))})
		}
	}
	if len(mods) == 0 {
		return nil, fmt.Errorf("no module directories in %s", dir)
	}
	return mods, nil
}

// barrier waits for -start-at and -wait-file, after printing "waiting".
func barrier(ctx context.Context, o options, stdout io.Writer) error {
	if o.startAt == "" && o.waitFile == "" {
		return nil
	}
	fmt.Fprintln(stdout, "waiting")
	if o.startAt != "" {
		at, err := parseTime(o.startAt)
		if err != nil {
			return err
		}
		select {
		case <-time.After(time.Until(at)):
		case <-ctx.Done():
			return fmt.Errorf("waiting for -start-at: %w", ctx.Err())
		}
	}
	for o.waitFile != "" {
		if _, err := os.Stat(o.waitFile); err == nil {
			break
		}
		select {
		case <-time.After(barrierPoll):
		case <-ctx.Done():
			return fmt.Errorf("waiting for -wait-file: %w", ctx.Err())
		}
	}
	return nil
}

// parseTime reads RFC 3339 or Unix nanoseconds.
func parseTime(s string) (time.Time, error) {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(0, n), nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return t, fmt.Errorf("-start-at: want RFC 3339 or Unix nanoseconds: %w", err)
	}
	return t, nil
}
