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
func Undo(ctx context.Context, cfg Config, module, target string) (_ *ModuleResult, err error) {
	m, err := findModule(cfg, module)
	if err != nil {
		return nil, err
	}
	to, err := ParseVersion(target)
	if err != nil {
		return nil, moduleErr(module, configErr("undo target: %v", err))
	}
	start := time.Now()
	res := &ModuleResult{Module: module}
	defer func() { res.Duration = time.Since(start) }()
	conns := newConnector(m.cfg)
	defer conns.close(ctx)
	if err := m.connect(ctx, conns); err != nil {
		return res, moduleErr(module, err)
	}
	res.StatusTable = m.status.ident()
	unlock, err := m.lock(ctx)
	if err != nil {
		return res, moduleErr(module, err)
	}
	defer func() { err = moduleErr(module, unlock(err)) }()

	st, err := m.readInfo(ctx)
	if err != nil {
		return res, err
	}
	if st.legacy {
		if err := m.upgradeLegacy(ctx, st); err != nil {
			return res, err
		}
		if st, err = m.readInfo(ctx); err != nil {
			return res, err
		}
	}
	res.Version = st.mi.current.String()
	if !st.exists {
		return res, nil
	}
	if !st.mi.baseline.IsZero() && to.Compare(st.mi.baseline) < 0 {
		return res, configErr("undo target %s is below the baseline %s", to, st.mi.baseline)
	}
	if err := validateInfo(m.Name, st.mi, validation{ignore: m.ignore, pendingOK: true}); err != nil {
		return res, err
	}
	var todo []*entry
	var errs []error
	for _, e := range st.mi.entries {
		// Every version still applied above the target must be undone;
		// Future and Missing ones (no local migration) cannot be: refused.
		applied := e.info.State == StateSuccess || e.info.State == StateOutOfOrder ||
			e.info.State == StateFuture || e.info.State == StateMissing
		if e.row == nil || e.info.Category != CategoryVersioned || !applied || e.version.Compare(to) <= 0 {
			continue
		}
		if e.res == nil || e.res.undo == nil {
			errs = append(errs, &MigrationError{Module: m.Name, Version: e.info.Version, Script: e.info.Script,
				Err: fmt.Errorf("%w: add U%s__<description>.sql or a Down func to the step", ErrNoUndo, e.info.Version)})
			continue
		}
		todo = append(todo, e)
	}
	if len(errs) > 0 {
		return res, errors.Join(errs...)
	}
	slices.SortFunc(todo, func(a, b *entry) int { return b.version.Compare(a.version) })
	if len(todo) == 0 {
		return res, nil
	}
	if err := m.captureRestore(ctx); err != nil {
		return res, err
	}
	defer m.restoreSession(ctx)
	for _, e := range todo {
		u := e.res.undo
		row := statusInsert{version: e.info.Version, description: u.description, typ: u.typ,
			script: u.script, checksum: u.checksum, installedBy: m.cfg.InstalledBy, executionTime: -1}
		d, err := m.runInTx(ctx, u, row, &e.info, false)
		if err != nil {
			return res, err
		}
		m.log.Info("undid migration", slog.String("version", e.info.Version), slog.String("script", u.script),
			slog.Int64("duration_ms", d.Milliseconds()))
		res.Applied = append(res.Applied, AppliedMigration{Version: e.info.Version, Description: u.description,
			Script: u.script, Type: u.typ, Checksum: u.checksum, Duration: d})
	}
	st, err = m.readInfo(ctx)
	if err != nil {
		return res, err
	}
	res.Version = st.mi.current.String()
	return res, nil
}
