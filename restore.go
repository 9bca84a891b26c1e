package migrate

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// RestoreOptions configures [Migrator.Restore].
type RestoreOptions struct {
	// DryRun lists the snapshot's contents and the command Restore would
	// run, and changes nothing. Default: false, Restore restores.
	DryRun bool

	// Module names the module whose database the snapshot is restored
	// into. Default: the Config's database (core's).
	Module string

	// PgRestore is the pg_restore binary, a path or a name looked up in
	// PATH. Default: the pg_restore next to Config.Snapshot.PgDump when
	// that is set, else pg_restore in PATH, else the newest
	// /usr/lib/postgresql/<version>/bin/pg_restore.
	PgRestore string
}

// RestoreResult is what [Migrator.Restore] did or, in a dry run, would do.
type RestoreResult struct {
	File     string        // the snapshot
	Database string        // the database restored into
	Command  string        // the pg_restore command line, with the connection's variables but the password
	Contents string        // the snapshot's table of contents, as pg_restore --list prints it
	DryRun   bool          // nothing was changed
	Duration time.Duration // of the restore; 0 in a dry run
}

// Restore restores a snapshot that Migrate took (see
// SnapshotOptions.Dir) into the Config's database, or RestoreOptions.Module's,
// with pg_restore --clean --if-exists --single-transaction: every object
// the snapshot holds (the status tables included) is dropped if it exists
// and recreated with its data, in one transaction, so that a failure
// changes nothing. Objects created after the snapshot and not in it are
// left alone: to return exactly to the snapshot, restore into an empty
// database. Stop the application first: Restore takes no lock, and
// sessions using the tables make it wait. With RestoreOptions.DryRun it
// only lists the snapshot and the command.
//
// The connection is passed to pg_restore in libpq's environment variables,
// never on its command line. Failures wrap [ErrSnapshot].
func (m *Migrator) Restore(ctx context.Context, file string, opts RestoreOptions) (*RestoreResult, error) {
	cc, err := m.restoreTarget(opts.Module)
	if err != nil {
		return nil, err
	}
	res := &RestoreResult{File: file, Database: cc.Database, DryRun: opts.DryRun}
	fail := func(err error) (*RestoreResult, error) {
		return res, fmt.Errorf("%w: restoring %s into database %s: %w", ErrSnapshot, file, cc.Database, err)
	}
	if fi, err := os.Stat(file); err != nil {
		return fail(err)
	} else if !fi.Mode().IsRegular() {
		return fail(fmt.Errorf("not a regular file"))
	}
	bin, err := m.pgRestore(ctx, opts.PgRestore)
	if err != nil {
		return fail(err)
	}
	env := pgEnv(cc, os.Environ())
	list, err := runPgTool(ctx, bin, env, cc.Password, "--list", file)
	if err != nil {
		return fail(err)
	}
	res.Contents = string(list)
	args := []string{"--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-password",
		"--dbname=" + dbnameArg(cc.Database), file}
	res.Command = envCommand(env, bin, args...)
	if opts.DryRun {
		return res, nil
	}
	log := m.cfg.Logger
	log.LogAttrs(ctx, slog.LevelInfo, "restoring snapshot", slog.String("path", file), slog.String("database", cc.Database))
	start := time.Now()
	if _, err := runPgTool(ctx, bin, env, cc.Password, args...); err != nil {
		return fail(fmt.Errorf("%w (in one transaction: nothing was changed)", err))
	}
	res.Duration = time.Since(start)
	log.LogAttrs(ctx, slog.LevelInfo, "snapshot restored", slog.String("path", file), slog.String("database", cc.Database),
		slog.Int64("duration_ms", res.Duration.Milliseconds()))
	return res, nil
}

// restoreTarget returns the connection settings of module's database, or
// the Config's.
func (m *Migrator) restoreTarget(module string) (*pgx.ConnConfig, error) {
	url := ""
	if module != "" {
		i := slices.IndexFunc(m.sources, func(s *source) bool { return s.Name == module })
		if i < 0 {
			return nil, configErr("no module named %q", module)
		}
		url = m.sources[i].DatabaseURL
	}
	if url == "" && m.cfg.Pool != nil {
		return m.cfg.Pool.Config().ConnConfig.Copy(), nil
	}
	cc, err := pgx.ParseConfig(cmp.Or(url, m.cfg.DatabaseURL))
	if err != nil {
		return nil, redactParseError(err)
	}
	if cc.ConnectTimeout == 0 && m.cfg.ConnectTimeout > 0 {
		cc.ConnectTimeout = m.cfg.ConnectTimeout
	}
	return cc, nil
}

// pgRestore finds pg_restore: configured, else next to the configured
// pg_dump, else the newest installed.
func (m *Migrator) pgRestore(ctx context.Context, configured string) (string, error) {
	if configured == "" && m.cfg.Snapshot.PgDump != "" {
		dump, err := findPgTool(ctx, "pg_dump", m.cfg.Snapshot.PgDump, 0)
		if err != nil {
			return "", err
		}
		configured = filepath.Join(filepath.Dir(dump), "pg_restore")
	}
	return findPgTool(ctx, "pg_restore", configured, -1) // the newest: a snapshot's pg_dump may be newer than the one in PATH
}

// dbnameArg is pg_restore's --dbname for database db: the name itself, or
// a conninfo naming it when the name would read as one.
func dbnameArg(db string) string {
	if db != "" && !strings.ContainsAny(db, "= '\\") && !strings.Contains(db, "://") {
		return db
	}
	return "dbname=" + quoteDSN(db)
}

// String describes the restore: the command and the header of the
// snapshot's table of contents (when and from which database it was
// taken, how many entries it holds).
func (r *RestoreResult) String() string {
	var b strings.Builder
	verb := "Restored"
	if r.DryRun {
		verb = "Would restore"
	}
	fmt.Fprintf(&b, "%s %s into database %s with:\n  %s\n", verb, r.File, r.Database, r.Command)
	for line := range strings.Lines(r.Contents) {
		line = strings.Join(strings.Fields(line), " ")
		if strings.HasPrefix(line, ";") && strings.Contains(line, ":") && !strings.HasSuffix(line, ":") {
			b.WriteString("  " + line + "\n")
		}
	}
	if !r.DryRun {
		fmt.Fprintf(&b, "Done in %s.\n", r.Duration.Round(time.Millisecond))
	}
	return b.String()
}
