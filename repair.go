package migrate

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
)

// RepairOptions configures [Repair].
type RepairOptions struct {
	// DeleteMissing marks applied migrations that no longer exist locally
	// (states Missing and Future) as deleted, by inserting DELETE rows as
	// Flyway's repair does, except those Config.IgnoreMigrationPatterns
	// ignores. Default: false, missing migrations stay an error.
	DeleteMissing bool
}

// RepairResult reports what [Repair] changed, module by module.
type RepairResult struct {
	Modules []ModuleRepair
}

// ModuleRepair reports what Repair changed in one module's status table.
type ModuleRepair struct {
	Module    string
	Removed   []MigrationInfo // failed rows deleted
	Realigned []MigrationInfo // rows whose checksum, description or type now match the files
	Deleted   []MigrationInfo // missing migrations marked deleted
}

// Changed reports whether Repair changed anything.
func (r *RepairResult) Changed() bool {
	for _, m := range r.Modules {
		if len(m.Removed)+len(m.Realigned)+len(m.Deleted) > 0 {
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
// longer exist locally as deleted.
func Repair(ctx context.Context, cfg Config, opts RepairOptions) (*RepairResult, error) {
	res := &RepairResult{}
	err := eachModule(ctx, cfg, func(ctx context.Context, m *moduleRun) (err error) {
		unlock, err := m.lock(ctx)
		if err != nil {
			return err
		}
		defer func() { err = unlock(err) }()
		st, err := m.readInfo(ctx)
		if err != nil || !st.exists {
			return err
		}
		var upgraded []MigrationInfo
		if st.legacy {
			for _, e := range legacyChecksumRows(st.mi) {
				upgraded = append(upgraded, e.info)
			}
			if st, err = m.prepareTable(ctx); err != nil {
				return err
			}
		}
		mr, stmts := repairPlan(m.Name, m.status, st.mi, opts, m.ignore, m.cfg.InstalledBy)
		mr.Realigned = append(upgraded, mr.Realigned...)
		if len(stmts) > 0 {
			q := "BEGIN;\n" + strings.Join(stmts, ";\n") + ";\nCOMMIT"
			if _, err := m.sess.conn.PgConn().Exec(ctx, q).ReadAll(); err != nil {
				m.rollback(ctx)
				return err
			}
			m.log.Info("repaired status table", slog.Int("removed", len(mr.Removed)),
				slog.Int("realigned", len(mr.Realigned)), slog.Int("deleted", len(mr.Deleted)))
		}
		res.Modules = append(res.Modules, mr)
		return nil
	})
	return res, err
}

// repairPlan returns what Repair changes in one module and the SQL for it.
func repairPlan(module string, t statusTable, mi *moduleInfo, opts RepairOptions, ignore ignoreSet, installedBy string) (ModuleRepair, []string) {
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
				version: e.info.Version, description: e.row.description, typ: typeDelete,
				script: e.row.script, checksum: e.row.checksum, installedBy: installedBy,
			}))
			mr.Deleted = append(mr.Deleted, e.info)
		case e.row != nil && e.res != nil && e.res.repeatable() && e.info.State == StateSuccess &&
			e.row.checksum != nil && e.res.checksum != nil && *e.row.checksum != *e.res.checksum:
			// Stored as the raw text's checksum: store the replaced text's.
			stmts = append(stmts, setChecksum(t, e))
			mr.Realigned = append(mr.Realigned, e.info)
		case e.row != nil && e.res != nil && (e.info.State == StateSuccess || e.info.State == StateOutOfOrder) &&
			!e.res.repeatable() && (mi.baseline.IsZero() || e.version.Compare(mi.baseline) > 0):
			desc := truncate(e.res.description, 200)
			sameSum := e.res.checksum == nil && e.row.checksum == nil ||
				e.res.checksum != nil && e.row.checksum != nil && *e.res.checksum == *e.row.checksum
			if sameSum && desc == e.row.description && normalizeType(e.row.typ) == e.res.typ {
				continue
			}
			sum := "NULL"
			if e.res.checksum != nil {
				sum = strconv.Itoa(int(*e.res.checksum))
			}
			stmts = append(stmts, `UPDATE `+t.ident()+` SET checksum = `+sum+`, description = `+quoteLiteral(desc)+
				`, type = `+quoteLiteral(e.res.typ)+` WHERE installed_rank = `+strconv.Itoa(e.row.rank))
			mr.Realigned = append(mr.Realigned, e.info)
		}
	}
	return mr, stmts
}
