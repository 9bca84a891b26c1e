// Command oskari-server is an Oskari-like web server: it reads
// oskari.properties, oskari-ext.properties and the environment, serves
// HTTP at once and migrates its database in the background with Runway
// (core, myplaces, analysis, userlayer and a custom module, embedded in
// the binary as a Java server's classpath holds them).
//
//	GET /healthz     200 while the process serves (liveness)
//	GET /readyz      503 with the plan while migrating, 200 once migrated (readiness)
//	GET /migrations  every module's migrations and their states, as JSON
//
// Without db.url (in the properties files, or DB_URL in the environment)
// it starts a throwaway PostgreSQL from the local binaries. SIGINT or
// SIGTERM stop it cleanly, also while it migrates: the running statement
// is cancelled on the server and rolled back, the lock released, and the
// process exits non-zero.
//
//	go run ./examples/oskari-server
//	DB_URL=postgres://oskari@127.0.0.1:5432/oskaridb go run ./examples/oskari-server -addr :8080
//
// Flags:
//
//	-config FILE         a properties file, repeatable, later ones override earlier
//	                     (default: oskari.properties and, if present, oskari-ext.properties,
//	                     in the working directory or else in examples/oskari-server)
//	-addr HOST:PORT      where to serve HTTP (default 127.0.0.1:8080; port 0 picks one)
//	-throwaway           start a throwaway PostgreSQL even though db.url is set
//	                     (default: only when it is not)
//	-log-format FORMAT   text or json, on stderr (default text)
//	-shutdown-timeout D  how long requests in flight may take at shutdown (default 10s)
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// classpath holds the migrations as a Java server's classpath does:
// flyway/oskari (core), flyway/myplaces, …, the default locations of
// Oskari's modules.
//
//go:embed flyway
var classpath embed.FS

// options are the command-line flags.
type options struct {
	configs         []string
	addr            string
	throwaway       bool // -throwaway given: start one whatever the configuration says
	logFormat       string
	shutdownTimeout time.Duration
}

func main() {
	opts, err := parseFlags(os.Args[1:], os.Stderr)
	if err != nil {
		os.Exit(2)
	}
	log, err := newLogger(opts.logFormat, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop) // a second signal kills the process
	if err := run(ctx, opts, log); err != nil {
		log.Error("oskari-server stopped", slog.Any("error", err))
		os.Exit(1)
	}
	log.Info("oskari-server stopped")
}

// parseFlags reads the command line.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	var opts options
	fl := flag.NewFlagSet("oskari-server", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Func("config", "a properties `file`, repeatable, later ones override earlier (default: oskari.properties, oskari-ext.properties)",
		func(s string) error { opts.configs = append(opts.configs, s); return nil })
	fl.StringVar(&opts.addr, "addr", "127.0.0.1:8080", "serve HTTP on this `address`")
	fl.BoolVar(&opts.throwaway, "throwaway", false, "start a throwaway PostgreSQL even though db.url is set (default: only when it is not)")
	fl.StringVar(&opts.logFormat, "log-format", "text", "log `format` on stderr: text or json")
	fl.DurationVar(&opts.shutdownTimeout, "shutdown-timeout", 10*time.Second, "how long requests in flight may take at shutdown")
	if err := fl.Parse(args); err != nil {
		return opts, err
	}
	if fl.NArg() > 0 {
		err := fmt.Errorf("unexpected arguments: %q", fl.Args())
		fmt.Fprintln(stderr, err)
		fl.Usage()
		return opts, err
	}
	return opts, nil
}

// newLogger returns the application's logger, which Runway logs to too.
func newLogger(format string, w io.Writer) (*slog.Logger, error) {
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
	}
	return nil, errors.New("-log-format: want text or json, got " + format)
}
