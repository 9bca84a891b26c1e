package migrate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path"
	"strings"
	"time"
)

// runner works on one module over one session: it reads the module's
// history, merges it with the module's sources and, holding the module's
// lock, prepares the status table and hands migrations to an executor.
type runner struct {
	src       *source
	cfg       *Config
	ignore    ignoreSet
	sess      *session
	table     statusTable
	log       *slog.Logger
	timestamp string                // flyway:timestamp
	sums      map[*migration]*int32 // repeatables' checksums after placeholder replacement
	failed    *MigrationInfo        // the migration that failed, if one did
	watch     *watcher              // looks at long migrations from a second connection
	aside     bool                  // PoolTransaction: the second connection holds the lock (see locked)
	snaps     *snapshots            // Migrate's, when Config.Snapshot is on
}

// newRunner prepares a run of src on sess.
func newRunner(src *source, cfg *Config, ignore ignoreSet, sess *session) (*runner, error) {
	r := &runner{src: src, cfg: cfg, ignore: ignore, sess: sess, table: statusTable{schema: sess.schema, name: src.table},
		log: cfg.Logger.With(slog.String("module", src.Name)), timestamp: time.Now().Format("2006-01-02 15:04:05")}
	r.watch = &watcher{sess: sess, log: r.log, every: cfg.ProgressInterval}
	return r, r.repeatableSums()
}

// values returns the placeholder values of the module's scripts but
// flyway:filename: Config's, then the module's, then the built-ins.
func (r *runner) values() placeholders {
	return mergePlaceholders(r.cfg.Placeholders, r.src.Placeholders, map[string]string{
		"flyway:defaultSchema": r.sess.schema,
		"flyway:user":          r.sess.id.user,
		"flyway:database":      r.sess.id.database,
		"flyway:timestamp":     r.timestamp,
		"flyway:table":         r.table.name,
	})
}

// repeatableSums computes the checksums of repeatable migrations after
// placeholder replacement, as Flyway does (the raw checksum is accepted
// too).
func (r *runner) repeatableSums() error {
	r.sums = map[*migration]*int32{}
	values := r.values()
	for _, mig := range r.src.repeatable {
		if r.src.replaceOff(mig) {
			continue
		}
		body, err := mig.script.raw()
		if err != nil {
			return &MigrationError{Module: r.src.Name, Script: mig.name, Err: err}
		}
		values["flyway:filename"] = path.Base(mig.name)
		text := strings.TrimPrefix(string(body), utf8BOM)
		rep, err := replacePlaceholders(text, values)
		if err != nil {
			var pe *placeholderError
			if errors.As(err, &pe) {
				line, col := lineCol(text, pe.offset)
				return migrationError(r.src.Name, mig, newLocated(mig.name, line, col, mig.script.fileLine(line), err))
			}
			return &MigrationError{Module: r.src.Name, Script: mig.name, Err: err}
		}
		sum := checksumBytes([]byte(rep.text))
		r.sums[mig] = &sum
	}
	return nil
}

// checksum is the checksum recorded for mig.
func (r *runner) checksum(mig *migration) *int32 {
	if s, ok := r.sums[mig]; ok {
		return s
	}
	if mig.script != nil {
		return &mig.script.checksum
	}
	return nil
}

// merge merges a read of the status table with the module's migrations.
// A missing table counts with the baseline Module.Baseline would give it.
func (r *runner) merge(st statusRead) (*moduleInfo, error) {
	var b *baselineRow
	if r.src.baseline != nil {
		b = &baselineRow{version: *r.src.baseline}
	}
	return r.mergeWith(st, b)
}

// mergeWith is merge with the baseline a missing table would get.
func (r *runner) mergeWith(st statusRead, b *baselineRow) (*moduleInfo, error) {
	in := mergeInput{src: r.src, target: r.src.Target, outOfOrder: r.cfg.OutOfOrder, checksum: r.checksum}
	if !st.exists && b != nil {
		in.baseline = b.version
	}
	return merge(in, st.rows)
}

// lockedRank sets mi.nextRank from st, a read of an existing table made
// under the lock, which the caller holds until its run ends; mi is returned.
func lockedRank(mi *moduleInfo, st statusRead) *moduleInfo {
	if mi != nil && st.exists {
		mi.nextRank = 1
		for _, row := range st.rows {
			mi.nextRank = max(mi.nextRank, row.rank+1)
		}
	}
	return mi
}

// migrationError locates err in mig for messages.
func (r *runner) migrationError(mig *migration, err error) error {
	return migrationError(r.src.Name, mig, err)
}

// warn logs what a merge found that does not stop a run.
func (r *runner) warn(ctx context.Context, mi *moduleInfo) {
	for _, u := range mi.unknownType {
		r.log.LogAttrs(ctx, slog.LevelWarn, "status table has a migration type Runway does not know; read as a versioned migration", slog.String("row", u))
	}
	for _, e := range mi.heldBack {
		r.log.LogAttrs(ctx, slog.LevelWarn, "repeatable migration changed but not re-applied: the status table holds versions newer than this release",
			slog.String("script", e.res.name), slog.String("version", mi.current.String()))
	}
}

// check validates the module's state before migrating.
func (r *runner) check(mi *moduleInfo) error {
	v := validation{ignore: r.ignore, pendingOK: true}
	if !r.cfg.SkipValidation {
		return validateInfo(r.src.Name, mi, v, r.checksum)
	}
	v.ignore = ignoreSet{"*:*": true}
	if err := validateInfo(r.src.Name, mi, v, r.checksum); errors.Is(err, ErrFailedMigration) {
		return err
	}
	return nil
}

// upToDate reports whether the unlocked read shows nothing to do and
// nothing doubtful: anything else (a failed row, a validation finding, a
// missing or Flyway 3 table) takes the lock and reads again, so a failure is
// never decided on a read another process may have outdated.
func (r *runner) upToDate(st statusRead, mi *moduleInfo) bool {
	return st.exists && !st.legacy && !r.src.hasPerRunCallbacks() && len(mi.pending()) == 0 && r.check(mi) == nil
}

// migrate brings the module up to date. Up to date, it sends nothing: the
// session's first read has what it needs, and no lock is taken.
func (r *runner) migrate(ctx context.Context) (res ModuleResult, err error) {
	res.Module, res.StatusTable = r.src.Name, r.table.ident()
	st := r.sess.history[r.src.table]
	if mi, err := r.merge(st); err == nil && r.upToDate(st, mi) {
		res.Version = mi.current.String()
		r.warn(ctx, mi)
		return res, nil
	}
	if r.sess.pooled {
		return r.migratePooled(ctx, res)
	}
	unlock, err := r.lock(ctx)
	if err != nil {
		return res, err
	}
	defer func() { err = unlock(err) }()
	if r.cfg.AutoRepair {
		if _, err := r.repair(ctx, RepairOptions{}, false); err != nil {
			return res, fmt.Errorf("automatic repair: %w", err)
		}
	}
	st, mi, err := r.prepare(ctx, true)
	if mi != nil {
		res.Version = mi.current.String()
	}
	if err != nil {
		return res, err
	}
	if len(mi.pending()) == 0 && !r.src.hasPerRunCallbacks() {
		return res, nil
	}
	if len(mi.pending()) > 0 {
		if mi, err = r.upgrade(ctx, st, mi); err != nil {
			return res, err
		}
	}
	return r.apply(ctx, mi, res)
}

// prepare, under the lock, reads the status table again and merges it
// with the module's migrations. A missing table is created (if create is
// set) with the baseline the module calls for, once the merge validates;
// without create it ends with errNothingToDo. A validation finding is an
// error, with the info.
func (r *runner) prepare(ctx context.Context, create bool) (statusRead, *moduleInfo, error) {
	st, err := r.sess.read(ctx, r.src.table)
	if err != nil {
		return st, nil, err
	}
	if !st.exists && !create {
		return st, nil, errNothingToDo
	}
	var b *baselineRow
	if !st.exists {
		if b, err = r.baselineForNewTable(ctx); err != nil {
			return st, nil, err
		}
	}
	mi, err := r.mergeWith(st, b)
	if err != nil {
		return st, nil, err
	}
	lockedRank(mi, st)
	r.warn(ctx, mi)
	if err := r.check(mi); err != nil {
		return st, mi, err
	}
	if err := r.snapshot(ctx, mi); err != nil || st.exists {
		return st, mi, err
	}
	if err := r.createTable(ctx, b); err != nil {
		return st, mi, err
	}
	if st, err = r.sess.read(ctx, r.src.table); err != nil {
		return st, mi, err
	}
	mi, err = r.merge(st)
	return st, lockedRank(mi, st), err
}

// upgrade upgrades a Flyway 3 table, once a run is going to write to it,
// and reads it again.
func (r *runner) upgrade(ctx context.Context, st statusRead, mi *moduleInfo) (*moduleInfo, error) {
	if !st.legacy {
		return mi, nil
	}
	if err := r.upgradeLegacy(ctx, mi); err != nil {
		return mi, err
	}
	st, err := r.sess.read(ctx, r.src.table)
	if err != nil {
		return mi, err
	}
	mi, err = r.merge(st)
	return lockedRank(mi, st), err
}

// errNothingToDo ends a locked step that finds nothing to do; the lock's
// release turns it into success.
var errNothingToDo = errors.New("nothing to do")

// createTable creates the missing status table with baseline b.
func (r *runner) createTable(ctx context.Context, b *baselineRow) error {
	r.log.LogAttrs(ctx, slog.LevelInfo, "creating status table", slog.String("table", r.table.ident()))
	if b != nil {
		r.log.LogAttrs(ctx, slog.LevelInfo, "writing baseline", slog.String("version", b.version.String()), slog.String("description", b.description))
	}
	return r.sess.createStatusTable(ctx, r.table, b, r.cfg.InstalledBy)
}

// apply runs the pending migrations with the per-run callbacks.
func (r *runner) apply(ctx context.Context, mi *moduleInfo, res ModuleResult) (ModuleResult, error) {
	ex := r.executor()
	if err := ex.start(ctx, r.cfg.Schema != ""); err != nil {
		return res, err
	}
	defer ex.finish(ctx)
	ex.nextRank = mi.nextRank // from prepare's or upgrade's read, under the lock held until the end
	if err := ex.callbacks(ctx, BeforeMigrate, nil, nil); err != nil {
		return res, r.migrateFailed(ctx, ex, err)
	}
	current := mi.current
	for _, e := range mi.pending() {
		if err := r.applyOne(ctx, ex, e, &res, &current, nil); err != nil {
			return res, r.migrateFailed(ctx, ex, err)
		}
	}
	if err := ex.callbacks(ctx, AfterMigrate, nil, nil); err != nil {
		return res, r.migrateFailed(ctx, ex, err)
	}
	return res, nil
}

// applyOne applies one pending migration (see applyRetrying) and adds it
// to res, raising current; when it fails, it runs the
// afterEachMigrateError callbacks.
func (r *runner) applyOne(ctx context.Context, ex *executor, e *entry, res *ModuleResult, current *Version, relock func() (bool, error)) error {
	mig := e.res
	d, err := r.applyRetrying(ctx, ex, mig, &e.info, relock)
	if errors.Is(err, errAppliedElsewhere) {
		return nil
	}
	if err != nil {
		r.failed = &e.info
		if cerr := r.errorCallbacks(ctx, ex, AfterEachMigrateError, &e.info, err); cerr != nil {
			r.log.LogAttrs(ctx, slog.LevelError, "afterEachMigrateError callback failed", slog.Any("error", cerr))
		}
		return err
	}
	r.log.LogAttrs(ctx, slog.LevelInfo, "applied migration", slog.String("version", mig.version.String()),
		slog.String("script", mig.name), slog.Int64("duration_ms", d.Milliseconds()))
	res.Applied = append(res.Applied, AppliedMigration{
		Version: mig.version.String(), Description: mig.description, Script: mig.name,
		Type: mig.typ, Checksum: r.checksum(mig), Duration: d,
	})
	if !mig.repeatable() {
		*current = maxVersion(*current, mig.version)
		res.Version = current.String()
	}
	return nil
}

// migrateFailed runs the afterMigrateError callbacks and returns err.
func (r *runner) migrateFailed(ctx context.Context, ex *executor, err error) error {
	if cerr := r.errorCallbacks(ctx, ex, AfterMigrateError, nil, err); cerr != nil {
		r.log.LogAttrs(ctx, slog.LevelError, "afterMigrateError callback failed", slog.Any("error", cerr))
	}
	return err
}

// executor returns an executor for the module's migrations.
func (r *runner) executor() *executor {
	return &executor{sess: r.sess, src: r.src, table: r.table, installedBy: r.cfg.InstalledBy, mixed: r.cfg.Mixed,
		hooks: r.src.hooks, values: r.values(), checksum: r.checksum, log: r.log, watch: r.watch,
		timeouts: timeouts{statement: r.cfg.MigrationStatementTimeout, idle: r.cfg.IdleInTransactionTimeout}}
}

// close releases what the runner opened besides its session.
func (r *runner) close(ctx context.Context) { r.watch.close(ctx) }

// lock takes the module's advisory lock: the session's, or in
// PoolTransaction mode, a second connection's in an open transaction. The
// returned function releases it and adds a release failure to err.
func (r *runner) lock(ctx context.Context) (func(err error) error, error) {
	if r.sess.pooled {
		return r.lockAside(ctx)
	}
	key := lockKey(r.table)
	if err := acquireLock(ctx, r.sess.q(ctx), r.sess.conn, key, r.cfg.LockTimeout, r.log, nil); err != nil {
		// A wait cancelled or timed out just as the lock was granted leaves
		// it held by the session (advisory locks ignore the rollback):
		// closing the connection is the sure release.
		return nil, r.sess.fail(err)
	}
	return func(err error) error {
		if errors.Is(err, errNothingToDo) {
			err = nil
		}
		if uerr := releaseLock(ctx, r.sess.conn, key); uerr != nil {
			r.sess.fail(uerr) // closing the connection releases the lock for sure
			return errors.Join(err, fmt.Errorf("releasing migration lock: %w", uerr))
		}
		return err
	}, nil
}
