package migrate

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// PoolTransaction mode (see [PoolTransaction]): nothing Runway relies on
// lives in the session, because a pooler in transaction mode may give each
// transaction another server connection. Each migration runs in a
// transaction that first takes the module's advisory lock with
// pg_try_advisory_xact_lock (Flyway's key, so Flyway's session lock
// excludes it too) and then reads the status table again: the migration and
// its row commit together, or not at all, and only if no other process
// recorded the migration first. What cannot run in one transaction (a
// script that runs outside a transaction, a Flyway 3 table upgrade, the
// per-run callbacks, Repair, Undo, Baseline) runs while a second connection
// holds the lock in an open transaction, which the pooler keeps on one
// server until it ends.

// migratePooled is migrate in PoolTransaction mode, after the unlocked
// read found work to do.
func (r *runner) migratePooled(ctx context.Context, res ModuleResult) (ModuleResult, error) {
	if r.cfg.AutoRepair {
		if err := r.locked(ctx, func() error { _, err := r.repair(ctx, RepairOptions{}, false); return err }); err != nil {
			return res, fmt.Errorf("automatic repair: %w", err)
		}
	}
	ex := r.executor()
	if err := ex.start(ctx, r.cfg.Schema != ""); err != nil {
		return res, err
	}
	defer ex.finish(ctx)
	callbacks := r.src.hasPerRunCallbacks()
	if callbacks {
		if err := r.locked(ctx, func() error { return ex.callbacks(ctx, BeforeMigrate, nil, nil) }); err != nil {
			return res, r.migrateFailed(ctx, ex, err)
		}
	}
	for {
		more, err := r.pooledStep(ctx, ex, &res)
		if err != nil {
			return res, r.migrateFailed(ctx, ex, err)
		}
		if !more {
			break
		}
	}
	if callbacks {
		if err := r.locked(ctx, func() error { return ex.callbacks(ctx, AfterMigrate, nil, nil) }); err != nil {
			return res, r.migrateFailed(ctx, ex, err)
		}
	}
	return res, nil
}

// pooledStep applies the first pending migration, if there is one: in the
// transaction that holds the lock when it is transactional, else while the
// second connection holds the lock. It reports whether it applied one.
func (r *runner) pooledStep(ctx context.Context, ex *executor, res *ModuleResult) (bool, error) {
	tx, err := r.lockTx(ctx, r.sess)
	if err != nil {
		return false, err
	}
	st, mi, err := r.prepare(ctx, true) // creates a missing table in tx
	if mi != nil {
		res.Version = mi.current.String()
	}
	if err != nil || len(mi.pending()) == 0 {
		return false, r.endTx(ctx, tx, err)
	}
	e := mi.pending()[0]
	inTx, err := r.transactional(e.res)
	if err != nil || st.legacy || !inTx {
		if err := r.endTx(ctx, tx, err); err != nil {
			return false, err
		}
		return true, r.locked(ctx, func() error { return r.applyAside(ctx, ex, e.res, res) })
	}
	ex.inTx = tx
	defer func() { ex.inTx = nil }()
	relock := func() (bool, error) { // the next try of a migration a lock timeout rolled back
		tx, err := r.lockTx(ctx, r.sess)
		if err != nil {
			return false, err
		}
		_, mi, err := r.prepare(ctx, true)
		if err != nil || len(mi.pending()) == 0 || mi.pending()[0].res != e.res {
			return false, r.endTx(ctx, tx, err)
		}
		ex.inTx = tx
		return true, nil
	}
	return true, r.applyOne(ctx, ex, e, res, &mi.current, relock)
}

// applyAside runs under the second connection's lock: it reads the status
// table again, upgrades a Flyway 3 table, and applies the first pending
// migration if it is still mig.
func (r *runner) applyAside(ctx context.Context, ex *executor, mig *migration, res *ModuleResult) error {
	st, mi, err := r.prepare(ctx, true)
	if err == nil && len(mi.pending()) > 0 {
		mi, err = r.upgrade(ctx, st, mi)
	}
	if err != nil {
		return err
	}
	if p := mi.pending(); len(p) > 0 && p[0].res == mig {
		return r.applyOne(ctx, ex, p[0], res, &mi.current, nil)
	}
	return nil // another process applied it meanwhile
}

// transactional reports whether mig runs in one transaction with its row.
func (r *runner) transactional(mig *migration) (bool, error) {
	if mig.script == nil {
		return mig.step.Run == nil, nil // a Go step: Up in a transaction, Run outside
	}
	p, err := r.src.parse(mig)
	if err != nil {
		return false, r.migrationError(mig, err)
	}
	return !mig.script.conf.noTransaction && p.shape.forServer(r.sess.serverMajor).noTx == nil, nil
}

// lockTx begins a read-committed transaction on s and takes the module's
// lock in it, polling as acquireLock does; a failed attempt ends its
// transaction, so that a waiting process holds no server connection of a
// pooler between attempts.
func (r *runner) lockTx(ctx context.Context, s *session) (pgx.Tx, error) {
	var tx pgx.Tx
	q, key := r.sess.q(ctx), lockKey(r.table)
	try := func(q context.Context) (bool, error) {
		t, err := s.conn.BeginTx(q, pgx.TxOptions{IsoLevel: pgx.ReadCommitted})
		if err != nil {
			return false, s.fail(err)
		}
		var ok bool
		if err := t.QueryRow(q, `SELECT pg_try_advisory_xact_lock($1)`, pgx.QueryExecModeSimpleProtocol, key).Scan(&ok); err != nil || !ok {
			s.rollback(ctx)
			return false, s.fail(err)
		}
		tx = t
		return true, nil
	}
	if err := acquireLock(ctx, q, s.conn, key, r.cfg.LockTimeout, r.log, try); err != nil {
		return nil, err
	}
	return tx, nil
}

// endTx ends a lock transaction of the session: COMMIT when err is nil
// (a status table created in it stays), else ROLLBACK; err is returned.
func (r *runner) endTx(ctx context.Context, tx pgx.Tx, err error) error {
	if err != nil {
		r.sess.rollback(ctx)
		return err
	}
	if cerr := tx.Commit(r.sess.q(ctx)); cerr != nil {
		return r.sess.lost(r.sess.fail(cerr))
	}
	return nil
}

// lockAside holds the module's lock in an open transaction on a second
// connection, for work that cannot run inside the lock's own transaction.
// The returned function ends that transaction and closes the connection,
// adding a failure to err.
func (r *runner) lockAside(ctx context.Context) (func(err error) error, error) {
	aux, err := r.sess.dial(ctx, true)
	if err != nil {
		return nil, fmt.Errorf("opening the lock connection: %w", err)
	}
	if _, err := r.lockTx(ctx, aux); err != nil {
		aux.release(ctx)
		return nil, err
	}
	return func(err error) error {
		if errors.Is(err, errNothingToDo) {
			err = nil
		}
		rerr := aux.exec(ctx, "ROLLBACK") // only the lock is in it
		aux.release(ctx)
		if rerr != nil {
			// The lock may have gone with the connection before the
			// work under it ended: say so.
			return errors.Join(err, fmt.Errorf("%w: the lock connection failed while it held the lock: %w", ErrConnectionLost, rerr))
		}
		return err
	}, nil
}

// locked runs fn under the module's lock (see runner.lock).
func (r *runner) locked(ctx context.Context, fn func() error) error {
	unlock, err := r.lock(ctx)
	if err != nil {
		return err
	}
	r.aside = r.sess.pooled
	defer func() { r.aside = false }()
	return unlock(fn())
}

// errorCallbacks runs the callbacks of an error event. In PoolTransaction
// mode the failed migration's transaction, and the lock in it, are gone:
// they run under the lock again, unless it is already held aside.
func (r *runner) errorCallbacks(ctx context.Context, ex *executor, ev Event, info *MigrationInfo, cause error) error {
	if !r.sess.pooled || r.aside || (len(r.src.callbacks[ev]) == 0 && len(r.src.hooks[ev]) == 0) {
		return ex.callbacks(ctx, ev, info, cause)
	}
	return r.locked(ctx, func() error { return ex.callbacks(ctx, ev, info, cause) })
}
