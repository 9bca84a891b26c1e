package migrate

import (
	"context"
	"fmt"
	"log/slog"
)

// recoveryPlan is what Repair's recovery options change in one module.
type recoveryPlan struct {
	drop     []LeftoverIndex // INVALID indexes to drop
	dropSQL  []string        // their DROP INDEX CONCURRENTLY statements
	recorded []MigrationInfo // migrations to record as applied
	inserts  []string        // their status rows
}

// planRecovery inspects the migrations an interrupted or failed run may
// have left effects of: those recorded as failed, else the first pending
// one; only scripts that run outside a transaction. It reads, in a
// read-only transaction, and changes nothing.
func (r *runner) planRecovery(ctx context.Context, mi *moduleInfo, opts RepairOptions) (recoveryPlan, error) {
	var rp recoveryPlan
	if !opts.DropInvalidIndexes && !opts.RecordCompleted {
		return rp, nil
	}
	cands := r.recoveryCandidates(mi)
	if len(cands) == 0 {
		return rp, nil
	}
	ex := r.executor()
	restore, err := captureRestore(r.sess.q(ctx), r.sess.conn, r.sess.schema, r.cfg.Schema != "")
	if err != nil {
		return rp, err
	}
	ex.restore = restore
	for _, e := range cands {
		ins, err := ex.inspect(ctx, e.res, true)
		if err != nil {
			return rp, r.migrationError(e.res, fmt.Errorf("inspecting the script's indexes: %w", err))
		}
		if opts.DropInvalidIndexes {
			for i, l := range ins.found {
				if l.Exists && !l.Valid {
					rp.drop = append(rp.drop, l)
					rp.dropSQL = append(rp.dropSQL, "DROP INDEX CONCURRENTLY IF EXISTS "+sanitized(ins.names[i]))
				}
			}
		}
		if opts.RecordCompleted && ins.complete {
			row := ex.statusRow(e.res, e.res.version.String())
			row.executionTime = 0
			rp.inserts = append(rp.inserts, insertStatusSQL(r.table, row))
			rp.recorded = append(rp.recorded, e.info)
		}
	}
	return rp, nil
}

// recoveryCandidates returns the SQL migrations recorded as failed, or
// else the first pending one, that run outside a transaction.
func (r *runner) recoveryCandidates(mi *moduleInfo) []*entry {
	var failed []*entry
	for _, e := range mi.entries {
		if e.row != nil && !e.row.success && r.outsideTx(e.res) {
			failed = append(failed, e)
		}
	}
	if len(failed) > 0 {
		return failed
	}
	if p := mi.pending(); len(p) > 0 && r.outsideTx(p[0].res) {
		return p[:1]
	}
	return nil
}

// outsideTx reports whether mig is an SQL script that runs outside a
// transaction.
func (r *runner) outsideTx(mig *migration) bool {
	if mig == nil || mig.script == nil {
		return false
	}
	inTx, err := r.transactional(mig)
	return err == nil && !inTx
}

// dropLeftovers drops the INVALID indexes of rp, one statement each, outside a
// transaction, adding each to mr as it goes.
func (r *runner) dropLeftovers(ctx context.Context, rp recoveryPlan, mr *ModuleRepair) error {
	for i, sql := range rp.dropSQL {
		if err := r.sess.run(ctx, sql); err != nil {
			return r.migrationError(nil, fmt.Errorf("dropping INVALID index %s of %s: %w", rp.drop[i].Index, rp.drop[i].Script, err))
		}
		r.log.LogAttrs(ctx, slog.LevelInfo, "dropped INVALID index", slog.String("index", rp.drop[i].Index),
			slog.String("script", rp.drop[i].Script))
		mr.DroppedIndexes = append(mr.DroppedIndexes, rp.drop[i])
	}
	return nil
}
