package migrate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"
)

// Undo rewinds one module to target: it undoes every applied versioned
// migration above target, highest first, each in its own transaction with
// an UNDO_SQL (or, for Go steps, UNDO_JDBC) status row, as Flyway Teams
// does. The undone migrations show as Undone and become pending again.
// An undo is a U<version>__<description>.sql script or a Step's Down.
//
// Undo checks first that every version to undo has an undo and that the
// status table validates; if not, it undoes nothing. target must not be
// below the module's baseline.
func (m *Migrator) Undo(ctx context.Context, module, target string) (*ModuleResult, error) {
	res := &ModuleResult{Module: module}
	start := time.Now()
	err := m.one(ctx, module, func(ctx context.Context, r *runner) error {
		to, err := ParseVersion(target)
		if err != nil {
			return configErr("undo target: %v", err)
		}
		res.StatusTable = r.table.ident()
		unlock, err := r.lock(ctx)
		if err != nil {
			return err
		}
		return unlock(r.undo(ctx, to, res))
	})
	res.Duration = time.Since(start)
	return res, err
}

// undo undoes, under the lock, every applied version above to. It checks
// first that each has an undo, and upgrades a Flyway 3 table only then.
func (r *runner) undo(ctx context.Context, to Version, res *ModuleResult) error {
	st, mi, err := r.prepare(ctx, false)
	if mi != nil {
		res.Version = mi.current.String()
	}
	if err != nil {
		return err
	}
	todo, err := r.undoable(mi, to)
	if err != nil || len(todo) == 0 {
		return err
	}
	if mi, err = r.upgrade(ctx, st, mi); err != nil {
		return err
	}
	return r.runUndos(ctx, undoList(mi, to), res)
}

// undoable returns what undoing down to to undoes, highest first, or why
// it cannot be done: a target below the baseline, versions without an
// undo.
func (r *runner) undoable(mi *moduleInfo, to Version) ([]*entry, error) {
	if !mi.baseline.IsZero() && to.Compare(mi.baseline) < 0 {
		return nil, configErr("undo target %s is below the baseline %s", to, mi.baseline)
	}
	todo := undoList(mi, to)
	var errs []error
	for _, e := range todo {
		if e.res == nil || e.res.undo == nil {
			errs = append(errs, &MigrationError{Module: r.src.Name, Version: e.info.Version, Script: e.info.Script,
				Err: fmt.Errorf("%w: add U%s__<description>.sql or a Down func to the step", ErrNoUndo, e.info.Version)})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return todo, nil
}

// UndoPlan reports what [Migrator.Undo] would undo in module, highest
// version first, without taking the lock or changing anything: a dry run,
// as the CLI's undo prints it. It fails where Undo would refuse before
// undoing anything: a bad target, a status table that does not validate,
// a target below the baseline, a version without an undo ([ErrNoUndo]).
// With nothing to undo it returns no migrations and no error.
func (m *Migrator) UndoPlan(ctx context.Context, module, target string) ([]MigrationInfo, error) {
	var out []MigrationInfo
	err := m.one(ctx, module, func(ctx context.Context, r *runner) error {
		to, err := ParseVersion(target)
		if err != nil {
			return configErr("undo target: %v", err)
		}
		st := r.sess.history[r.src.table]
		if !st.exists {
			return nil
		}
		mi, err := r.merge(st)
		if err != nil {
			return err
		}
		if err := r.check(mi); err != nil || len(undoList(mi, to)) == 0 {
			return err
		}
		todo, err := r.undoable(mi, to)
		for _, e := range todo {
			out = append(out, e.info)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// undoList returns the versions applied above to, highest first: every
// one must be undone, Future and Missing ones (no local migration) too,
// which cannot be.
func undoList(mi *moduleInfo, to Version) []*entry {
	var todo []*entry
	for _, e := range mi.entries {
		applied := e.info.State == StateSuccess || e.info.State == StateOutOfOrder ||
			e.info.State == StateFuture || e.info.State == StateMissing
		if e.row != nil && e.info.Category == CategoryVersioned && applied && e.version.Compare(to) > 0 {
			todo = append(todo, e)
		}
	}
	slices.SortFunc(todo, func(a, b *entry) int { return b.version.Compare(a.version) })
	return todo
}

// runUndos runs the undos, recording each.
func (r *runner) runUndos(ctx context.Context, todo []*entry, res *ModuleResult) error {
	ex := r.executor()
	if err := ex.start(ctx, r.cfg.Schema != ""); err != nil {
		return err
	}
	defer ex.finish(ctx)
	for _, e := range todo {
		u := e.res.undo
		d, err := ex.apply(ctx, u, ex.statusRow(u, e.info.Version), &e.info, false)
		if err != nil {
			return err
		}
		r.log.LogAttrs(ctx, slog.LevelInfo, "undid migration", slog.String("version", e.info.Version), slog.String("script", u.name),
			slog.Int64("duration_ms", d.Milliseconds()))
		res.Applied = append(res.Applied, AppliedMigration{Version: e.info.Version, Description: u.description,
			Script: u.name, Type: u.typ, Checksum: r.checksum(u), Duration: d})
	}
	st, err := r.sess.read(ctx, r.src.table)
	if err != nil {
		return err
	}
	mi, err := r.merge(st)
	if err != nil {
		return err
	}
	res.Version = mi.current.String()
	return nil
}
