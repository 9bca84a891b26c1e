package migrate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate/internal/sqlscript"
)

// recordTimeout bounds the wait for the status table when recording a
// failed non-transactional script.
const recordTimeout = 5 * time.Second

// executor applies migrations and callbacks of one module on one session,
// which holds the module's lock: it restores the session before each
// migration, batches statements and guards the migration's transaction.
// It decides nothing about what to run.
type executor struct {
	sess        *session
	src         *source
	table       statusTable
	installedBy string
	mixed       bool
	hooks       map[Event][]Hook
	values      placeholders // Config's, the module's and the built-ins except flyway:filename
	checksum    func(*migration) *int32
	log         *slog.Logger
	restore     sessionRestore
	beforeEach  []stmt // restore.beforeEach as statements
	beforeNoTx  []stmt // the same for what runs outside a transaction
	schemaLost  bool   // through a transaction pooler, Config.Schema's search_path cannot reach what runs outside a transaction
	// inTx, when set, is the open transaction (holding the module's lock,
	// in PoolTransaction mode) in which the next migration runs.
	inTx        pgx.Tx
	lockTimeout time.Duration // of the next migration's transaction; 0: none
	timeouts    timeouts      // statement and idle-in-transaction timeouts of migrations
	watch       *watcher
	openings    map[opening][]stmt // what opens a migration's transaction, split once
	// nextRank is the installed_rank of the next status row, when the
	// runner knows it: it has held the module's lock since it read the
	// table, and every row since was written by this executor (Flyway,
	// Runway and their repairs write only under that lock). 0: unknown,
	// computed in SQL as max + 1. A failed migration makes it unknown. A
	// migration that writes status rows itself takes the rank it knew (the
	// primary key refuses the insert, see applyRetrying) or, if it writes
	// at another rank or renumbers rows, leaves Runway's row at a rank that
	// is not the maximum: ranks order the history, they are not checked.
	nextRank int
}

// opening is what the statements opening a migration's transaction depend
// on: whether the lock's transaction is the migration's, and its lock
// timeout.
type opening struct {
	inLockTx    bool
	lockTimeout time.Duration
}

// commitStmts returns the COMMIT that ends a migration's transaction.
func commitStmts() []stmt { return []stmt{{text: "COMMIT", kind: sqlscript.Commit}} }

// open returns the statements that open the next migration's transaction:
// BEGIN (unless the lock's transaction is the migration's), the marker and
// the migration's timeouts. They differ only with the lock timeout, which
// a retry raises: they are split once for each.
func (e *executor) open() []stmt {
	k := opening{inLockTx: e.inTx != nil, lockTimeout: e.lockTimeout}
	if s, ok := e.openings[k]; ok {
		return s
	}
	begin := txBegin
	if k.inLockTx {
		begin = txMark // the lock's transaction is the migration's
	}
	s := ownSQL(begin + ";\n" + e.migrationTimeouts(k.lockTimeout))
	if e.openings == nil {
		e.openings = map[opening][]stmt{}
	}
	e.openings[k] = s
	return s
}

// start captures the session state to restore before each migration. In
// PoolTransaction mode nothing is captured: the next transaction may run on
// another server; only search_path is set, for each transaction.
func (e *executor) start(ctx context.Context, setSearchPath bool) error {
	if e.sess.pooled {
		e.restore = pooledRestore(e.sess.schema, setSearchPath)
		e.beforeEach, e.beforeNoTx = ownSQL(e.restore.beforeEach), ownSQL(e.restore.outsideTx)
		if e.sess.pooler { // a session setting would land on any server connection, and stay there
			e.beforeNoTx, e.schemaLost = ownSQL("RESET ROLE; RESET ALL"), setSearchPath
		}
		return nil
	}
	r, err := captureRestore(ctx, e.sess.conn, e.sess.schema, setSearchPath)
	if err != nil {
		return e.sess.fail(err)
	}
	e.restore, e.beforeEach = r, ownSQL(r.beforeEach)
	e.beforeNoTx = e.beforeEach
	return nil
}

// finish restores the session as it was before start.
func (e *executor) finish(ctx context.Context) {
	e.sess.rollback(ctx)
	if e.restore.original != "" {
		_ = e.sess.exec(ctx, e.restore.original)
	}
}

// placeholders returns the values for a script; nil when replacement is
// off for it.
func (e *executor) placeholders(mig *migration) placeholders {
	if e.src.replaceOff(mig) {
		return nil
	}
	p := make(placeholders, len(e.values)+1)
	for k, v := range e.values {
		p[k] = v
	}
	p["flyway:filename"] = path.Base(mig.name)
	return p
}

// statusRow is the status row recording mig.
func (e *executor) statusRow(mig *migration, version string) statusInsert {
	return statusInsert{rank: e.nextRank, version: version, description: mig.description, typ: mig.typ, script: mig.name,
		checksum: e.checksum(mig), installedBy: e.installedBy, executionTime: -1}
}

// apply runs one migration (SQL or Go) with its status row, in one
// transaction unless the script cannot run in one, and with the
// per-migration callbacks if withCallbacks. Its statements run under the
// session's watch: ending ctx cancels the running one on the server, and
// apply returns once its outcome is known.
func (e *executor) apply(ctx context.Context, mig *migration, row statusInsert, info *MigrationInfo, withCallbacks bool) (time.Duration, error) {
	if err := ctx.Err(); err != nil {
		return 0, err // ended before this migration started: nothing of it ran
	}
	e.sess.dirty = true
	var (
		d   time.Duration
		err error
	)
	switch {
	case mig.step != nil && mig.step.Run != nil:
		d, err = e.runStepNoTx(ctx, mig, row, info, withCallbacks)
	case mig.step != nil:
		d, err = e.runGoStep(ctx, mig, row, info, withCallbacks)
	default:
		d, err = e.runScript(ctx, mig, row, info, withCallbacks)
	}
	if err != nil {
		var me *MigrationError
		if errors.As(err, &me) { // located already: the loss goes inside, after the place
			me.Err = e.sess.lost(me.Err)
		} else {
			err = e.sess.lost(err)
		}
		err = e.statusBusy(ctx, err)
		e.sess.rollback(ctx)
		e.nextRank = 0 // a failure recorded outside a transaction may have written a row
		return d, e.migrationError(mig, err)
	}
	if e.nextRank > 0 {
		e.nextRank++ // a migration applied writes one row
	}
	return d, nil
}

// sender returns a sender for the session's statements that sends nothing
// once ctx has ended.
func (e *executor) sender(ctx context.Context, single bool) *sender {
	// A migration's batches run in its transaction: one that fails makes
	// the next fail too, so the next may be read while one runs.
	return &sender{pg: e.sess.pg(), single: single, overlap: !single, stop: ctx.Err}
}

// runScript runs an SQL migration. A transactional one without COPY data
// or Go hooks goes to the server as one query: session restore, BEGIN,
// callbacks, script, guard, status row, COMMIT.
func (e *executor) runScript(ctx context.Context, mig *migration, row statusInsert, info *MigrationInfo, withCallbacks bool) (time.Duration, error) {
	p, err := e.src.parse(mig)
	if err == nil {
		err = e.checkMetas(ctx, mig, p)
	}
	if err != nil {
		return 0, err
	}
	sh := p.shape.forServer(e.sess.serverMajor)
	noTx := mig.script.conf.noTransaction || sh.noTx != nil
	switch {
	case sh.noTx != nil && sh.plain != nil && !e.mixed && !mig.script.conf.noTransaction:
		return 0, sh.noTx.errorAtStart(fmt.Errorf("%w: this statement cannot run in a transaction, the one at line %d must (set Config.Mixed to run the whole script without a transaction)",
			ErrMixedScript, sh.plain.line))
	case !noTx && sh.rollback != nil:
		return 0, sh.rollback.errorAtStart(fmt.Errorf("%w: ROLLBACK in a script that runs in a transaction would undo it; nothing was run", ErrTransactionEnded))
	case !noTx && sh.txControls > 0:
		e.log.LogAttrs(ctx, slog.LevelWarn, "the script's own BEGIN and COMMIT are ignored: it runs in one transaction with its status row",
			slog.String("script", mig.name))
	}
	if noTx {
		return e.runNoTx(ctx, mig, row, info, withCallbacks)
	}
	b, q := e.sender(ctx, false), e.sess.q(ctx)
	start := time.Now()
	err = b.sendAll(q, e.beforeEach, e.open())
	if err == nil && withCallbacks {
		err = e.sendCallbacks(ctx, b, BeforeEachMigrate, info, nil)
	}
	if err == nil {
		err = mig.script.statements(e.placeholders(mig), func(s stmt) error { return addInTx(q, b, s) })
	}
	if err == nil && withCallbacks {
		err = e.sendCallbacks(ctx, b, AfterEachMigrate, info, nil)
	}
	if err == nil {
		err = b.sendAll(q, guardStmts(), e.beforeEach, statusStmts(e.sess.bound, insertStatusSQL(e.table, row), true), commitStmts())
	}
	if err == nil {
		err = b.flush(q)
	}
	return time.Since(start), b.settle(err)
}

// runNoTx runs a script that cannot run in a transaction statement by
// statement, then records it. If a statement fails, the statements before
// it stay applied and the migration is recorded as failed (success =
// false), as Flyway does: Run refuses the module until Repair.
func (e *executor) runNoTx(ctx context.Context, mig *migration, row statusInsert, info *MigrationInfo, withCallbacks bool) (time.Duration, error) {
	row.rank = 0 // what ran is not rolled back: no chance of a rank taken meanwhile
	b, q := e.sender(ctx, true), e.sess.q(ctx)
	start := time.Now()
	if e.schemaLost {
		e.log.LogAttrs(ctx, slog.LevelWarn, "through a transaction pooler, a script that runs outside a transaction does not get Config.Schema's search_path: its names must be qualified",
			slog.String("script", mig.name), slog.String("schema", e.sess.schema))
	}
	err := b.sendAll(q, e.beforeNoTx)
	if err == nil {
		if err := e.refuseInterrupted(ctx, mig); err != nil {
			return time.Since(start), err // nothing ran: nothing to record
		}
	}
	if err == nil && withCallbacks {
		err = e.sendCallbacks(ctx, b, BeforeEachMigrate, info, nil)
	}
	if err == nil {
		b.done = 0
		err = mig.script.statements(e.placeholders(mig), func(s stmt) error { return b.add(q, s) })
	}
	ran := b.done
	if err == nil && e.sess.pg().TxStatus() != 'I' {
		err = &locatedError{script: mig.name, err: fmt.Errorf("%w: the script left a transaction open (BEGIN without COMMIT)", ErrTransactionEnded)}
	}
	if err == nil && withCallbacks {
		err = e.sendCallbacks(ctx, b, AfterEachMigrate, info, nil)
	}
	d := time.Since(start)
	row.executionTime = int(d.Milliseconds())
	if err != nil {
		return d, e.recordFailure(ctx, mig, row, ran, err)
	}
	if err := b.sendAll(q, e.beforeNoTx, statusStmts(e.sess.bound, insertStatusSQL(e.table, row), false)); err != nil {
		return d, fmt.Errorf("recording migration: %w", err)
	}
	return d, nil
}

// recordFailure writes the success = false row of a non-transactional
// script that failed after ran statements, waiting at most recordTimeout
// for the status table.
func (e *executor) recordFailure(ctx context.Context, mig *migration, row statusInsert, ran int, cause error) error {
	e.sess.rollback(ctx)
	row.failed = true
	var merr *MigrationError
	if !errors.As(e.migrationError(mig, cause), &merr) {
		merr = &MigrationError{Module: e.src.Name, Version: mig.version.String(), Script: mig.name, Err: cause}
	}
	timeout := fmt.Sprintf("'%dms'", recordTimeout.Milliseconds())
	record := "BEGIN; " + e.restore.beforeEach + "; SET LOCAL lock_timeout = " + timeout + "; SET LOCAL statement_timeout = " + timeout +
		";\n" + insertStatusSQL(e.table, row) + ";\nCOMMIT"
	what, done := "script", "no statement before it completed in this run"
	switch {
	case mig.step != nil:
		what, done = "step", "what it committed stays applied"
	case ran > 0:
		done = fmt.Sprintf("%d statement(s) before it completed in this run and stay applied", ran)
	}
	if rerr := e.sess.exec(ctx, record); rerr != nil {
		merr.Err = fmt.Errorf("%w; the %s runs outside a transaction: %s%s, and recording the failure failed too: %w", merr.Err, what, done, e.leftoverNote(ctx, mig), rerr)
	} else {
		merr.Err = fmt.Errorf("%w; the %s runs outside a transaction: %s, and the migration is recorded as failed (fix the %s, then Repair)%s", merr.Err, what, done, what, e.leftoverNote(ctx, mig))
	}
	return merr
}

// runStepNoTx runs a post-deploy Go step's Run outside a transaction, on
// the session's connection, then records it; when it fails, what it
// committed stays and it is recorded as failed, as runNoTx does.
func (e *executor) runStepNoTx(ctx context.Context, mig *migration, row statusInsert, info *MigrationInfo, withCallbacks bool) (time.Duration, error) {
	row.rank = 0 // as in runNoTx
	b, q := e.sender(ctx, true), e.sess.q(ctx)
	start := time.Now()
	err := b.sendAll(q, e.beforeNoTx)
	if err == nil && withCallbacks {
		err = e.sendCallbacks(ctx, b, BeforeEachMigrate, info, nil)
	}
	if err == nil {
		// Under the session's watch, like the other steps (see runGoStep).
		err = b.add(q, stmt{run: func(context.Context) error { return runConnStep(q, mig.step.Run, e.sess.conn) }})
	}
	if err == nil && e.sess.pg().TxStatus() != 'I' {
		err = fmt.Errorf("%w: the step left a transaction open", ErrTransactionEnded)
	}
	if err == nil && withCallbacks {
		err = e.sendCallbacks(ctx, b, AfterEachMigrate, info, nil)
	}
	d := time.Since(start)
	row.executionTime = int(d.Milliseconds())
	if err != nil {
		return d, e.recordFailure(ctx, mig, row, 0, err)
	}
	if err := b.sendAll(q, e.beforeNoTx, statusStmts(e.sess.bound, insertStatusSQL(e.table, row), false)); err != nil {
		return d, fmt.Errorf("recording migration: %w", err)
	}
	return d, nil
}

// runGoStep runs a Go step and its status row in one pgx transaction. The
// step, like Runway's own statements, runs under the session's watch: when
// ctx ends, its running statement is cancelled on the server.
func (e *executor) runGoStep(ctx context.Context, mig *migration, row statusInsert, info *MigrationInfo, withCallbacks bool) (time.Duration, error) {
	var (
		tx pgx.Tx
		d  time.Duration
	)
	b, gctx := e.sender(ctx, false), e.sess.q(ctx)
	err := b.sendAll(gctx, e.beforeEach, []stmt{{run: func(gctx context.Context) (err error) {
		if tx = e.inTx; tx == nil {
			tx, err = e.sess.conn.Begin(gctx)
		}
		if err == nil {
			_, err = tx.Exec(gctx, txMark+";\n"+e.migrationTimeouts(e.lockTimeout))
		}
		return err
	}}})
	if err == nil && withCallbacks {
		err = e.sendCallbacks(ctx, b, BeforeEachMigrate, info, func() DB { return stepTx{Tx: tx} })
	}
	if err == nil {
		err = b.add(gctx, stmt{run: func(context.Context) error {
			start := time.Now()
			fn := mig.step.Up
			if mig.down {
				fn = mig.step.Down
			}
			// The step's statements run under the session's watch too: on a
			// pooled connection, a context pgx sees end would close the
			// connection and leave the backend (and the lock) behind.
			err := runStep(gctx, fn, stepTx{Tx: tx})
			d = time.Since(start)
			return err
		}})
	}
	if err == nil && withCallbacks {
		err = e.sendCallbacks(ctx, b, AfterEachMigrate, info, func() DB { return stepTx{Tx: tx} })
	}
	if err == nil {
		err = b.sendAll(gctx, guardStmts(), e.beforeEach, []stmt{{run: func(gctx context.Context) error {
			row.executionTime = int(d.Milliseconds())
			if _, err := tx.Exec(gctx, stmtsSQL(statusStmts(e.sess.bound, insertStatusSQL(e.table, row), true))); err != nil {
				return &statusStmtError{fmt.Errorf("recording migration: %w", err)}
			}
			return tx.Commit(gctx)
		}}})
	}
	if err == nil {
		err = b.flush(gctx)
	}
	return d, b.settle(err)
}

// sendCallbacks queues the SQL callback files and Go hooks of ev inside a
// migration's transaction. db gives the hooks their handle: the
// migration's transaction, or (nil) the connection.
func (e *executor) sendCallbacks(ctx context.Context, b *sender, ev Event, info *MigrationInfo, db func() DB) error {
	q := e.sess.q(ctx)
	return e.queueCallbacks(ctx, b, ev, func(s stmt) error { return addInTx(q, b, s) }, func() HookEvent {
		h := HookEvent{Event: ev, Module: e.src.Name, Migration: info, DB: txDB{e.sess.conn}}
		if db != nil {
			h.DB = db()
		}
		return h
	})
}

// queueCallbacks queues ev's SQL callback files, each statement through
// add, then its Go hooks, each told event().
func (e *executor) queueCallbacks(ctx context.Context, b *sender, ev Event, add func(stmt) error, event func() HookEvent) error {
	for _, cb := range e.src.callbacks[ev] {
		p, err := e.src.parse(cb)
		if err == nil {
			err = e.checkMetas(ctx, cb, p)
		}
		if err != nil {
			return err
		}
		if err := cb.script.statements(e.placeholders(cb), add); err != nil {
			return err
		}
	}
	for _, h := range e.hooks[ev] {
		q := e.sess.q(ctx)
		if err := b.add(q, stmt{run: func(context.Context) error { return runHook(q, h, event()) }}); err != nil {
			return err
		}
	}
	return nil
}

// callbacks runs the callbacks of a per-run or error event on the module's
// connection, outside any migration's transaction.
func (e *executor) callbacks(ctx context.Context, ev Event, info *MigrationInfo, cause error) error {
	if len(e.src.callbacks[ev]) == 0 && len(e.hooks[ev]) == 0 {
		return nil
	}
	e.sess.dirty = true
	e.sess.rollback(ctx)
	if ev != AfterEachMigrateError && ev != AfterMigrateError { // error callbacks also run after a cancellation
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	b, q := &sender{pg: e.sess.pg()}, e.sess.q(ctx)
	// Outside a migration's transaction, a callback file's own BEGIN and
	// COMMIT are its business: statements go as they are.
	err := b.sendAll(q, e.beforeEach)
	if err == nil {
		err = e.queueCallbacks(ctx, b, ev, func(s stmt) error { return b.add(q, s) }, func() HookEvent {
			return HookEvent{Event: ev, Module: e.src.Name, Migration: info, DB: e.sess.conn, Err: cause}
		})
	}
	if err == nil {
		err = b.flush(q)
	}
	if err != nil {
		e.sess.rollback(ctx)
		return e.migrationError(nil, err)
	}
	return nil
}

// addInTx queues a statement of a script that runs inside the migration's
// transaction: its own BEGIN and COMMIT are dropped, ROLLBACK refused.
func addInTx(ctx context.Context, b *sender, s stmt) error {
	switch s.kind {
	case sqlscript.Begin, sqlscript.Commit:
		return nil // the migration's transaction stands for the script's own
	case sqlscript.Rollback:
		return s.src.errorAtStart(fmt.Errorf("%w: ROLLBACK in a script that runs in the migration's transaction would undo it", ErrTransactionEnded))
	}
	if err := b.add(ctx, s); err != nil {
		return err
	}
	if s.src != nil && isResetAll(s.src) {
		return b.add(ctx, stmt{text: txMark}) // RESET ALL cleared the marker too
	}
	return nil
}

// guardStmts returns the guard, marked so that its failure reads as
// ErrTransactionEnded.
func guardStmts() []stmt {
	// The script's own timeouts (a SET statement_timeout = '1ms' at its
	// end) do not apply to the guard.
	return []stmt{{text: "SET LOCAL statement_timeout = 0"}, {text: "SET LOCAL lock_timeout = 0"}, {text: txGuard, guard: true}}
}

// migrationError locates err in mig for messages.
func (e *executor) migrationError(mig *migration, err error) error {
	return migrationError(e.src.Name, mig, err)
}

// migrationError names the module, migration and, for located SQL errors,
// the script, line, column and line text in err.
func migrationError(module string, mig *migration, err error) error {
	var me *MigrationError
	if errors.As(err, &me) {
		return err
	}
	me = &MigrationError{Module: module, Err: err}
	if mig != nil {
		me.Version, me.Script = mig.version.String(), mig.name
	}
	var le *locatedError
	if errors.As(err, &le) {
		me.Script, me.Line, me.Column, me.Source, me.sourceCol = le.script, le.line, le.col, le.source, le.sourceCol
		if err == error(le) {
			me.Err = le.err
		}
	}
	return me
}

// runStep calls a step's function, turning a panic into an error so that
// the transaction is rolled back and the lock released like for any failure.
func runStep(ctx context.Context, fn func(context.Context, pgx.Tx) error, tx pgx.Tx) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("step panicked: %v", r)
		}
	}()
	return fn(ctx, tx)
}

// runConnStep calls a step's Run, turning a panic into an error.
func runConnStep(ctx context.Context, fn func(context.Context, *pgx.Conn) error, conn *pgx.Conn) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("step panicked: %v", r)
		}
	}()
	return fn(ctx, conn)
}

// runHook calls a hook, turning a panic into an error like runStep does.
func runHook(ctx context.Context, h Hook, ev HookEvent) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s hook panicked: %v", ev.Event, r)
		}
	}()
	if err := h.Run(ctx, ev); err != nil {
		return fmt.Errorf("%s hook: %w", ev.Event, err)
	}
	return nil
}
