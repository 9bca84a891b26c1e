package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/runwaydb/migrate"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run runs the command line args and returns the exit status: 0, 1 on
// failure, 2 on a usage error.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr, environ: os.Environ()}
	return a.main(ctx, args)
}

// app is one invocation of runway.
type app struct {
	stdout, stderr io.Writer
	environ        []string // the environment LoadConfig reads

	configs   []string // -config files, in order
	classpath string   // -classpath directory
	logger    *slog.Logger
	secrets   []string // passwords to mask in messages
}

// command is a subcommand: run parses its own flags from args.
type command struct {
	name, summary string
	run           func(a *app, ctx context.Context, args []string) error
}

func commands() []command {
	return []command{
		{"info", "print every module's migrations as Flyway's info table", (*app).info},
		{"validate", "check the status tables against the migrations", (*app).validate},
		{"lint", "check the migrations for statements that stall a live database", (*app).lint},
		{"migrate", "print the plan, or apply it with -no-dry-run", (*app).migrate},
		{"baseline", "write a module's baseline row", (*app).baseline},
		{"repair", "remove failed rows, realign checksums, recover interrupted CONCURRENTLY migrations", (*app).repair},
		{"undo", "undo a module's migrations above a version", (*app).undo},
		{"restore", "restore a snapshot taken before migrating", (*app).restore},
		{"new", "create a module's next versioned migration file", (*app).newMigration},
		{"version", "print runway's version", (*app).version},
	}
}

// Errors main turns into exit statuses.
var (
	errHelp = errors.New("help requested") // exit 0: usage was printed
)

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// main parses the global flags and runs the command.
func (a *app) main(ctx context.Context, args []string) int {
	err := a.dispatch(ctx, args)
	var ue *usageError
	switch {
	case err == nil || errors.Is(err, errHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(a.stderr, "runway: %s\n", oneLine(err.Error(), a.secrets))
		return 2
	default:
		fmt.Fprintf(a.stderr, "runway: %s\n", oneLine(err.Error(), a.secrets))
		return 1
	}
}

func (a *app) dispatch(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("runway", flag.ContinueOnError)
	fs.Func("config", "read the properties `FILE` (repeatable; later files override earlier ones)", func(s string) error {
		a.configs = append(a.configs, s)
		return nil
	})
	fs.StringVar(&a.classpath, "classpath", ".", "find classpath: locations in `DIR`")
	verbose := fs.Bool("v", false, "log at Debug level")
	quiet := fs.Bool("q", false, "log warnings and errors only")
	if err := a.parse(fs, args, "[-config FILE]... [-classpath DIR] [-v | -q] <command> [flags] [args]", a.globalHelp); err != nil {
		return err
	}
	level := slog.LevelInfo
	switch {
	case *verbose && *quiet:
		return usagef("-v and -q: choose one")
	case *verbose:
		level = slog.LevelDebug
	case *quiet:
		level = slog.LevelWarn
	}
	a.logger = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
	a.secrets = envSecrets(a.environ)
	if fs.NArg() == 0 {
		return usagef("no command (see runway -h)")
	}
	name := fs.Arg(0)
	for _, c := range commands() {
		if c.name == name {
			return c.run(a, ctx, fs.Args()[1:])
		}
	}
	return usagef("unknown command %q (see runway -h)", name)
}

// globalHelp lists the commands after the global flags.
func (a *app) globalHelp() string {
	var b strings.Builder
	b.WriteString("Migrates the database of an Oskari-style server, configured by properties\n" +
		"files and the environment. Changing commands are dry runs unless -no-dry-run.\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.summary)
	}
	b.WriteString("\nRun runway <command> -h for a command's flags.\n")
	return b.String()
}

// parse parses args into fs. On -h it prints the usage to stdout and
// returns errHelp; other mistakes are usage errors.
func (a *app) parse(fs *flag.FlagSet, args []string, synopsis string, help func() string) error {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	name, prefix := "runway "+fs.Name(), fs.Name()+": "
	if fs.Name() == "runway" {
		name, prefix = "runway", ""
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintf(a.stdout, "Usage: %s\n\n%s", strings.TrimSpace(name+" "+synopsis), help())
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprint(a.stdout, "\nFlags:\n")
			fs.SetOutput(a.stdout)
			fs.PrintDefaults()
		}
		return errHelp
	case err != nil:
		return usagef("%s%v (see %s -h)", prefix, err, name)
	}
	return nil
}

// newFlags returns the flag set of a command.
func newFlags(name string) *flag.FlagSet {
	return flag.NewFlagSet(name, flag.ContinueOnError)
}

// text returns a help function printing s.
func text(s string) func() string { return func() string { return s } }

// load reads the configuration: the -config files, then the environment.
func (a *app) load() (migrate.Config, error) {
	cfg, err := migrate.LoadConfig(migrate.LoadOptions{
		Files:     a.configs,
		Environ:   a.environ,
		Classpath: os.DirFS(a.classpath),
		Logger:    a.logger,
	})
	if err != nil {
		return cfg, err
	}
	a.secrets = append(a.secrets, configSecrets(cfg)...)
	cfg.Logger = a.logger
	return cfg, nil
}

// command parses a subcommand's flags, which take no positional argument,
// and builds the Migrator of the configuration: the start of most
// subcommands.
func (a *app) command(fs *flag.FlagSet, args []string, synopsis string, help func() string) (*migrate.Migrator, error) {
	if err := a.parse(fs, args, synopsis, help); err != nil {
		return nil, err
	}
	if err := noArgs(fs); err != nil {
		return nil, err
	}
	return a.migrator(nil)
}

// migrator loads the configuration, lets adjust change it, and builds the
// Migrator.
func (a *app) migrator(adjust func(*migrate.Config) error) (*migrate.Migrator, error) {
	cfg, err := a.load()
	if err != nil {
		return nil, err
	}
	if adjust != nil {
		if err := adjust(&cfg); err != nil {
			return nil, err
		}
	}
	return migrate.New(cfg)
}
