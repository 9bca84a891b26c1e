package migrate

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// SnapshotOptions configures the snapshot [Migrator.Migrate] takes of a
// database with pg_dump before it applies anything to it (see Snapshots in
// the package documentation).
type SnapshotOptions struct {
	// Dir, when set, turns snapshots on: the first time in a run that a
	// module finds migrations pending (read again under its lock), the
	// whole database is dumped there with pg_dump -Fc, as
	// <database>-<UTC time>-<first pending version>.dump. If the dump
	// fails, nothing is applied and Migrate fails with [ErrSnapshot]. The
	// directory is created (mode 0700) if missing; dumps are mode 0600.
	// Default: "", no snapshot.
	Dir string

	// Keep is how many snapshots of each database Dir keeps: after a new
	// one is written, the oldest beyond Keep are deleted. Negative: keep
	// every one. Default (0): 5.
	Keep int

	// PgDump is the pg_dump binary, a path or a name looked up in PATH;
	// [Migrator.Restore] looks for pg_restore next to it. Default: pg_dump
	// in PATH if its major version is at least the server's, else the
	// newest /usr/lib/postgresql/<version>/bin/pg_dump that is, else the
	// one in PATH (which then reports the mismatch).
	PgDump string

	// Timeout bounds one pg_dump run. The run holds the module's lock
	// meanwhile, so other processes starting keep waiting up to their
	// LockTimeout. Default (0): no bound but the context's.
	Timeout time.Duration
}

// DefaultSnapshotKeep is the default of SnapshotOptions.Keep.
const DefaultSnapshotKeep = 5

// snapshotTime is the layout of the time in a snapshot's file name: UTC,
// fixed width, so that names sort by time.
const snapshotTime = "20060102T150405.000Z"

// snapshots takes at most one snapshot of each database in a run.
type snapshots struct {
	opts  SnapshotOptions
	taken map[string]error // by Module.DatabaseURL: nil once taken, else why it failed
}

func newSnapshots(cfg *Config) *snapshots {
	if cfg.Snapshot.Dir == "" {
		return nil
	}
	return &snapshots{opts: cfg.Snapshot, taken: map[string]error{}}
}

// snapshot dumps the module's database before the first migration of the
// run is applied to it, when mi has pending migrations and snapshots are
// on. A database is dumped once per run; a failure is returned again to
// every module of that database.
func (r *runner) snapshot(ctx context.Context, mi *moduleInfo) error {
	pending := mi.pending()
	if r.snaps == nil || len(pending) == 0 {
		return nil
	}
	key := r.src.DatabaseURL
	if err, done := r.snaps.taken[key]; done {
		return err
	}
	version := "R"
	for _, e := range pending {
		if !e.res.repeatable() {
			version = e.res.version.String()
			break
		}
	}
	err := r.snaps.dump(ctx, r.sess, version, r.log)
	r.snaps.taken[key] = err
	return err
}

// dump writes the snapshot of sess's database, then prunes old ones.
func (s *snapshots) dump(ctx context.Context, sess *session, version string, log *slog.Logger) error {
	db := sess.id.database
	fail := func(err error) error {
		return fmt.Errorf("%w: database %s: %w (nothing was applied)", ErrSnapshot, db, err)
	}
	bin, err := findPgTool(ctx, "pg_dump", s.opts.PgDump, sess.serverMajor)
	if err != nil {
		return fail(err)
	}
	if err := os.MkdirAll(s.opts.Dir, 0o700); err != nil {
		return fail(err)
	}
	name := snapshotName(db, time.Now(), version)
	tmp, err := os.CreateTemp(s.opts.Dir, "."+name+".*.tmp") // mode 0600
	if err != nil {
		return fail(err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name()) // a no-op once renamed
	log.LogAttrs(ctx, slog.LevelInfo, "taking snapshot before migrating", slog.String("database", db), slog.String("pg_dump", bin))
	start := time.Now()
	cc := sess.conn.Config()
	if s.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.opts.Timeout)
		defer cancel()
	}
	_, err = runPgTool(ctx, bin, pgEnv(cc, os.Environ()), cc.Password,
		"--format=custom", "--no-password", "--file="+tmp.Name())
	if err != nil {
		return fail(err)
	}
	path := filepath.Join(s.opts.Dir, name)
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fail(err)
	}
	var size int64
	if fi, err := os.Stat(path); err == nil {
		size = fi.Size()
	}
	log.LogAttrs(ctx, slog.LevelInfo, "snapshot taken", slog.String("database", db), slog.String("path", path),
		slog.Int64("size_bytes", size), slog.Int64("duration_ms", time.Since(start).Milliseconds()))
	removed, err := pruneSnapshots(s.opts.Dir, db, s.opts.Keep)
	for _, p := range removed {
		log.LogAttrs(ctx, slog.LevelInfo, "old snapshot removed", slog.String("path", p))
	}
	if err != nil {
		log.LogAttrs(ctx, slog.LevelWarn, "removing old snapshots", slog.Any("error", err))
	}
	return nil
}

// snapshotName is the file name of a snapshot of db taken at t before
// version is applied.
func snapshotName(db string, t time.Time, version string) string {
	return fileSafe(db) + "-" + t.UTC().Format(snapshotTime) + "-" + fileSafe(version) + ".dump"
}

// fileSafe keeps letters, digits, '_', '.' and '-' of s and turns the rest
// into '_'.
func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '.', r == '-':
			return r
		}
		return '_'
	}, s)
}

// isSnapshotOf reports whether a file name is a snapshot of db.
func isSnapshotOf(name, db string) bool {
	rest, ok := strings.CutPrefix(name, fileSafe(db)+"-")
	if !ok || !strings.HasSuffix(rest, ".dump") || len(rest) <= len(snapshotTime) || rest[len(snapshotTime)] != '-' {
		return false
	}
	_, err := time.Parse(snapshotTime, rest[:len(snapshotTime)])
	return err == nil
}

// pruneSnapshots deletes the snapshots of db in dir but the newest keep,
// and returns the paths it deleted.
func pruneSnapshots(dir, db string, keep int) ([]string, error) {
	if keep < 0 {
		return nil, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var mine []string
	for _, e := range entries {
		if e.Type().IsRegular() && isSnapshotOf(e.Name(), db) {
			mine = append(mine, e.Name())
		}
	}
	slices.Sort(mine) // by time: the names differ only from the time on
	var removed []string
	var errs []error
	for _, name := range mine[:max(0, len(mine)-keep)] {
		p := filepath.Join(dir, name)
		if err := os.Remove(p); err != nil {
			errs = append(errs, err)
			continue
		}
		removed = append(removed, p)
	}
	return removed, joinErrors(errs)
}
