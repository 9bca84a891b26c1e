package migrate

import (
	"context"
	"log/slog"
	"slices"
	"strconv"
	"strings"
)

// RepairOptions configures [Migrator.Repair].
type RepairOptions struct {
	// DeleteMissing marks applied migrations that no longer exist locally
	// (states Missing and Future) as deleted, by inserting DELETE rows as
	// Flyway's repair does, except those Config.IgnoreMigrationPatterns
	// ignores. Default: false, missing migrations stay an error.
	DeleteMissing bool

	// DropInvalidIndexes drops, with DROP INDEX CONCURRENTLY, the INVALID
	// indexes that a failed or interrupted migration running outside a
	// transaction left (a CREATE INDEX CONCURRENTLY or REINDEX
	// CONCURRENTLY that did not finish): those its index statements name,
	// for the migrations recorded as failed, or else the first pending
	// one. They are listed in ModuleRepair.DroppedIndexes. Default: false,
	// Run only names them.
	DropInvalidIndexes bool

	// RecordCompleted records as applied a migration running outside a
	// transaction whose every statement is verifiably complete (CREATE
	// INDEX whose index exists and is valid, DROP INDEX whose index is
	// gone, SET and RESET): one interrupted after its last statement and
	// before its status row. It applies to the migrations recorded as
	// failed, or else the first pending one, and lists them in
	// ModuleRepair.Recorded. Default: false.
	RecordCompleted bool
}

// RepairResult reports what [Migrator.Repair] changed, module by module.
type RepairResult struct {
	Modules []ModuleRepair
}

// ModuleRepair reports what Repair changed in one module's status table.
type ModuleRepair struct {
	Module    string
	Removed   []MigrationInfo // failed rows deleted
	Realigned []MigrationInfo // rows whose checksum, description or type now match the files
	Deleted   []MigrationInfo // missing migrations marked deleted

	DroppedIndexes []LeftoverIndex // INVALID indexes dropped (RepairOptions.DropInvalidIndexes)
	Recorded       []MigrationInfo // migrations recorded as applied (RepairOptions.RecordCompleted)
}

// Changed reports whether Repair changed anything.
func (r *RepairResult) Changed() bool {
	for _, m := range r.Modules {
		if len(m.Removed)+len(m.Realigned)+len(m.Deleted)+len(m.DroppedIndexes)+len(m.Recorded) > 0 {
			return true
		}
	}
	return false
}

// Repair fixes every module's status table so that Run can proceed, as
// Flyway's repair does, under each module's lock and in one transaction per
// module: it deletes failed rows (success = false), realigns the checksum,
// description and type of applied migrations to their files and steps
// (after line-ending changes, or Flyway 3 checksums), upgrades a Flyway 3
// table, and with opts.DeleteMissing marks applied migrations that no
// longer exist locally as deleted. For a non-transactional migration that
// failed or was interrupted, opts.DropInvalidIndexes drops the INVALID
// indexes it left (before the status table's transaction, one DROP INDEX
// CONCURRENTLY each) and opts.RecordCompleted records it when every
// statement verifiably completed. Realigned entries carry the checksum now
// stored.
func (m *Migrator) Repair(ctx context.Context, opts RepairOptions) (*RepairResult, error) {
	res := &RepairResult{}
	err := m.eachOf(ctx, m.withPosts(), func(ctx context.Context, r *runner) (err error) {
		unlock, err := r.lock(ctx)
		if err != nil {
			return err
		}
		defer func() { err = unlock(err) }()
		mr, err := r.repair(ctx, opts, true)
		if err == nil {
			res.Modules = append(res.Modules, mr)
		}
		return err
	})
	return res, err
}

// RepairPlan reports what [Migrator.Repair] would change, module by
// module, without taking a lock or changing anything: a dry run, as the
// CLI's repair prints it. Realigned entries carry the checksum Repair
// would store. A Flyway 3 table's rows whose checksums Repair would
// rewrite are listed once, as Realigned.
func (m *Migrator) RepairPlan(ctx context.Context, opts RepairOptions) (*RepairResult, error) {
	res := &RepairResult{}
	err := m.eachOf(ctx, m.withPosts(), func(ctx context.Context, r *runner) error {
		mr, err := r.planRepair(ctx, opts)
		if err == nil {
			res.Modules = append(res.Modules, mr)
		}
		return err
	})
	return res, err
}

// planRepair works out the module's repair from the session's first read.
func (r *runner) planRepair(ctx context.Context, opts RepairOptions) (ModuleRepair, error) {
	st := r.sess.history[r.src.table]
	if !st.exists {
		return ModuleRepair{Module: r.src.Name}, nil
	}
	mi, err := r.merge(st)
	if err != nil {
		return ModuleRepair{Module: r.src.Name}, err
	}
	mr, _ := repairPlan(r.src.Name, r.table, mi, opts, r.ignore, r.cfg.InstalledBy, r.checksum)
	if st.legacy {
		var upgraded []MigrationInfo
		ranks := map[int]bool{}
		for _, e := range legacyChecksumRows(mi) {
			upgraded = append(upgraded, realigned(e, &e.res.script.checksum))
			ranks[e.row.rank] = true
		}
		rest := slices.DeleteFunc(mr.Realigned, func(i MigrationInfo) bool { return ranks[i.InstalledRank] })
		mr.Realigned = append(upgraded, rest...)
	}
	rp, err := r.planRecovery(ctx, mi, opts)
	mr.DroppedIndexes, mr.Recorded = rp.drop, rp.recorded
	return mr, err
}

// repair repairs the module's status table under its lock. A Flyway 3
// table is upgraded first, or, without upgrade (AutoRepair, which must not
// end Flyway 3 compatibility before a run goes ahead), left alone.
func (r *runner) repair(ctx context.Context, opts RepairOptions, upgrade bool) (ModuleRepair, error) {
	mr := ModuleRepair{Module: r.src.Name}
	st, err := r.sess.read(ctx, r.src.table)
	if err != nil || !st.exists {
		return mr, err
	}
	if st.legacy && !upgrade {
		r.log.LogAttrs(ctx, slog.LevelInfo, "automatic repair leaves a Flyway 3 table alone", slog.String("table", r.table.ident()))
		return mr, nil
	}
	mi, err := r.merge(st)
	if err != nil {
		return mr, err
	}
	var upgraded []MigrationInfo
	if st.legacy {
		for _, e := range legacyChecksumRows(mi) {
			info := e.info
			info.Checksum = &e.res.script.checksum
			upgraded = append(upgraded, info)
		}
		if err := r.upgradeLegacy(ctx, mi); err != nil {
			return mr, err
		}
		if st, err = r.sess.read(ctx, r.src.table); err != nil {
			return mr, err
		}
		if mi, err = r.merge(st); err != nil {
			return mr, err
		}
	}
	mr, stmts := repairPlan(r.src.Name, r.table, mi, opts, r.ignore, r.cfg.InstalledBy, r.checksum)
	mr.Realigned = append(upgraded, mr.Realigned...)
	rp, err := r.planRecovery(ctx, mi, opts)
	if err == nil {
		err = r.dropLeftovers(ctx, rp, &mr)
	}
	if err != nil {
		return mr, err
	}
	stmts, mr.Recorded = append(stmts, rp.inserts...), rp.recorded
	if len(stmts) > 0 {
		if err := r.sess.run(ctx, bounded(r.sess.bound, "BEGIN;\n"+strings.Join(stmts, ";\n")+";\nCOMMIT")); err != nil {
			err = r.sess.statusBusy(ctx, err, needWrite, r.table.schema, r.table.name)
			r.sess.rollback(ctx)
			return mr, err
		}
		r.log.LogAttrs(ctx, slog.LevelInfo, "repaired status table", slog.Int("removed", len(mr.Removed)),
			slog.Int("realigned", len(mr.Realigned)), slog.Int("deleted", len(mr.Deleted)), slog.Int("recorded", len(mr.Recorded)))
	}
	return mr, nil
}

// repairPlan returns what Repair changes in one module and the SQL for it.
func repairPlan(module string, t statusTable, mi *moduleInfo, opts RepairOptions, ignore ignoreSet, installedBy string, checksum func(*migration) *int32) (ModuleRepair, []string) {
	mr := ModuleRepair{Module: module}
	var stmts []string
	for _, e := range mi.entries {
		switch {
		case e.row != nil && !e.row.success:
			stmts = append(stmts, `DELETE FROM `+t.ident()+` WHERE installed_rank = `+strconv.Itoa(e.row.rank))
			mr.Removed = append(mr.Removed, e.info)
		case opts.DeleteMissing && (e.info.State == StateMissing && !ignore.ignores(e.info.Category, "missing") ||
			e.info.State == StateFuture && !ignore.ignores(e.info.Category, "future")):
			stmts = append(stmts, insertStatusSQL(t, statusInsert{
				version: e.info.Version, description: e.row.description, typ: TypeDelete,
				script: e.row.script, checksum: e.row.checksum, installedBy: installedBy,
			}))
			mr.Deleted = append(mr.Deleted, e.info)
		case e.row != nil && e.res != nil && e.res.repeatable() && e.info.State == StateSuccess &&
			e.row.checksum != nil && checksum(e.res) != nil && *e.row.checksum != *checksum(e.res):
			// Stored as the raw text's checksum: store the replaced text's.
			stmts = append(stmts, setChecksum(t, e, *checksum(e.res)))
			mr.Realigned = append(mr.Realigned, realigned(e, checksum(e.res)))
		case e.row != nil && e.res != nil && (e.info.State == StateSuccess || e.info.State == StateOutOfOrder) &&
			!e.res.repeatable() && (mi.baseline.IsZero() || e.version.Compare(mi.baseline) > 0):
			desc := truncate(e.res.description, 200)
			want := checksum(e.res)
			sameSum := want == nil && e.row.checksum == nil ||
				want != nil && e.row.checksum != nil && *want == *e.row.checksum
			script := e.row.script
			if e.res.step != nil {
				script = truncate(e.res.name, 1000) // a Go step's recorded name, as validation wants it
			}
			if sameSum && desc == e.row.description && normalizeType(e.row.typ) == e.res.typ && script == e.row.script {
				continue
			}
			sum := "NULL"
			if want != nil {
				sum = strconv.Itoa(int(*want))
			}
			stmts = append(stmts, `UPDATE `+t.ident()+` SET checksum = `+sum+`, description = `+quoteLiteral(desc)+
				`, type = `+quoteLiteral(string(e.res.typ))+`, script = `+quoteLiteral(script)+` WHERE installed_rank = `+strconv.Itoa(e.row.rank))
			mr.Realigned = append(mr.Realigned, realigned(e, want))
		}
	}
	return mr, stmts
}

// realigned is e's info as Repair leaves it: with the checksum now stored.
func realigned(e *entry, sum *int32) MigrationInfo {
	info := e.info
	info.Checksum = sum
	return info
}
