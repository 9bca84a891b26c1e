package migrate

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate/internal/sqlscript"
)

// moduleRun is one module being worked on by Run, Info, Validate, Repair,
// Baseline or Undo.
type moduleRun struct {
	*Module
	cfg      Config
	table    string   // status table name, without schema
	baseline *Version // Module.Baseline, written when Run creates the table
	resolved *resolvedModule
	ignore   ignoreSet
	log      *slog.Logger

	// Set by connect.
	sess      *session
	status    statusTable
	timestamp string // flyway:timestamp

	// Set once the module holds its lock and has work to do.
	restore      sessionRestore
	restoreStmts []stmt // restore.beforeEach as statements
}

// moduleState is a module's status table merged with its migrations.
type moduleState struct {
	statusRead
	mi *moduleInfo
}

// connect gives the module its session.
func (m *moduleRun) connect(ctx context.Context, conns *connector) error {
	sess, err := conns.get(ctx, m.DatabaseURL)
	if err != nil {
		return err
	}
	m.sess = sess
	m.status = statusTable{schema: sess.schema, name: m.table}
	m.timestamp = time.Now().Format("2006-01-02 15:04:05")
	return m.prepareRepeatables()
}

// placeholders returns the values for a script: Config's, then Module's,
// then the built-ins.
func (m *moduleRun) placeholders(script string) placeholders {
	return mergePlaceholders(m.cfg.Placeholders, m.Placeholders, map[string]string{
		"flyway:defaultSchema": m.sess.schema,
		"flyway:user":          m.sess.user,
		"flyway:database":      m.sess.database,
		"flyway:timestamp":     m.timestamp,
		"flyway:filename":      path.Base(script),
		"flyway:table":         m.table,
	})
}

// prepareRepeatables computes the checksums of repeatable migrations after
// placeholder replacement, as Flyway does (their raw checksum is kept and
// also accepted).
func (m *moduleRun) prepareRepeatables() error {
	for _, mig := range m.resolved.repeatable {
		if mig.conf.noPlaceholders {
			continue
		}
		text, err := m.replacedText(mig)
		if err != nil {
			return err
		}
		sum := checksumBytes([]byte(text))
		mig.checksum = &sum
	}
	return nil
}

// replacedText reads a script and replaces its placeholders in the whole
// text, as Flyway does before computing a repeatable's checksum.
func (m *moduleRun) replacedText(mig *migration) (string, error) {
	body, err := fs.ReadFile(mig.fsys, mig.script)
	if err != nil {
		return "", &MigrationError{Module: m.Name, Script: mig.script, Err: err}
	}
	text := strings.TrimPrefix(string(body), utf8BOM)
	rep, err := replacePlaceholders(text, m.placeholders(mig.script))
	if err != nil {
		merr := &MigrationError{Module: m.Name, Script: mig.script, Err: err}
		var pe *placeholderError
		if errors.As(err, &pe) {
			merr.Line, merr.Column = lineCol(text, pe.offset)
		}
		return "", merr
	}
	return rep.text, nil
}

// readInfo reads the status table and merges it with the migrations.
func (m *moduleRun) readInfo(ctx context.Context) (*moduleState, error) {
	st, err := readStatus(ctx, m.sess.conn, m.status)
	if err != nil {
		return nil, err
	}
	opt := infoOptions{target: m.Target, outOfOrder: m.cfg.OutOfOrder}
	if !st.exists && m.baseline != nil {
		opt.baseline = *m.baseline
	}
	mi, err := buildInfo(m.resolved, st.rows, opt)
	if err != nil {
		return nil, err
	}
	for _, u := range mi.unknownType {
		m.log.Warn("status table has a migration type Runway does not know; read as a versioned migration", slog.String("row", u))
	}
	return &moduleState{statusRead: st, mi: mi}, nil
}

// hasPerRunCallbacks reports whether the module has beforeMigrate or
// afterMigrate callbacks, which run on every Run and so need the lock.
func (m *moduleRun) hasPerRunCallbacks() bool {
	for _, ev := range []Event{BeforeMigrate, AfterMigrate} {
		if len(m.resolved.callbacks[ev]) > 0 || len(hooksFor(m.cfg.Hooks, m.Name, ev)) > 0 {
			return true
		}
	}
	return false
}

// check validates the module's state before migrating.
func (m *moduleRun) check(mi *moduleInfo) error {
	v := validation{ignore: m.ignore, pendingOK: true}
	if m.cfg.SkipValidation {
		v.ignore = ignoreSet{"*:*": true}
		err := validateInfo(m.Name, mi, v)
		if errors.Is(err, ErrFailedMigration) {
			return err
		}
		return nil
	}
	return validateInfo(m.Name, mi, v)
}

// migrate brings the module up to date. Up to date, it costs one query and
// takes no lock.
func (m *moduleRun) migrate(ctx context.Context) (res ModuleResult, err error) {
	res.Module, res.StatusTable = m.Name, m.status.ident()
	st, err := m.readInfo(ctx)
	if err != nil {
		return res, err
	}
	if st.exists && !st.legacy && !m.hasPerRunCallbacks() {
		res.Version = st.mi.current.String()
		if err := m.check(st.mi); err != nil || len(st.mi.pending()) == 0 {
			return res, err
		}
	}

	unlock, err := m.lock(ctx)
	if err != nil {
		return res, err
	}
	defer func() { err = unlock(err) }()

	// Someone else may have migrated while we waited: read again.
	if st, err = m.prepareTable(ctx); err != nil {
		return res, err
	}
	res.Version = st.mi.current.String()
	if err := m.check(st.mi); err != nil {
		return res, err
	}
	pending := st.mi.pending()
	if len(pending) == 0 && !m.hasPerRunCallbacks() {
		return res, nil
	}
	if err := m.captureRestore(ctx); err != nil {
		return res, err
	}
	defer m.restoreSession(ctx)

	if err := m.callbacks(ctx, BeforeMigrate, nil, nil); err != nil {
		return res, m.migrateFailed(ctx, err)
	}
	current := st.mi.current
	for _, e := range pending {
		mig := e.res
		d, err := m.apply(ctx, mig, &e.info)
		if err != nil {
			if cerr := m.callbacks(ctx, AfterEachMigrateError, &e.info, err); cerr != nil {
				m.log.Error("afterEachMigrateError callback failed", slog.Any("error", cerr))
			}
			return res, m.migrateFailed(ctx, err)
		}
		m.log.Info("applied migration", slog.String("version", mig.version.String()),
			slog.String("script", mig.script), slog.Int64("duration_ms", d.Milliseconds()))
		res.Applied = append(res.Applied, AppliedMigration{
			Version: mig.version.String(), Description: mig.description, Script: mig.script,
			Type: mig.typ, Checksum: mig.checksum, Duration: d,
		})
		if !mig.repeatable() {
			current = maxVersion(current, mig.version)
			res.Version = current.String()
		}
	}
	if err := m.callbacks(ctx, AfterMigrate, nil, nil); err != nil {
		return res, m.migrateFailed(ctx, err)
	}
	return res, nil
}

// migrateFailed runs the afterMigrateError callbacks and returns err.
func (m *moduleRun) migrateFailed(ctx context.Context, err error) error {
	if cerr := m.callbacks(ctx, AfterMigrateError, nil, err); cerr != nil {
		m.log.Error("afterMigrateError callback failed", slog.Any("error", cerr))
	}
	return err
}

// lock takes the module's advisory lock. The returned function releases it
// and adds a release failure to err.
func (m *moduleRun) lock(ctx context.Context) (func(err error) error, error) {
	key := lockKey(m.status)
	if err := acquireLock(ctx, m.sess.conn, key, m.cfg.LockTimeout, m.log); err != nil {
		return nil, err
	}
	return func(err error) error {
		if uerr := releaseLock(ctx, m.sess.conn, key); uerr != nil {
			m.sess.broken = true // closing the connection releases the lock for sure
			return errors.Join(err, uerr)
		}
		return err
	}, nil
}

// prepareTable, under the lock, upgrades a Flyway 3 table, or creates a
// missing one with the baseline the module calls for, and reads it.
func (m *moduleRun) prepareTable(ctx context.Context) (*moduleState, error) {
	st, err := m.readInfo(ctx)
	if err != nil {
		return nil, err
	}
	switch {
	case st.legacy:
		if err := m.upgradeLegacy(ctx, st); err != nil {
			return nil, err
		}
	case !st.exists:
		b, err := m.baselineForNewTable(ctx)
		if err != nil {
			return nil, err
		}
		m.log.Info("creating status table", slog.String("table", m.status.ident()))
		if err := createStatusTable(ctx, m.sess.conn, m.status, b, m.cfg.InstalledBy); err != nil {
			return nil, err
		}
	default:
		return st, nil
	}
	return m.readInfo(ctx)
}

// captureRestore records the session state to restore before each
// migration.
func (m *moduleRun) captureRestore(ctx context.Context) (err error) {
	m.restore, err = captureRestore(ctx, m.sess.conn, m.sess.schema, m.cfg.Schema != "")
	m.restoreStmts = ownSQL(m.restore.beforeEach)
	return err
}

// restoreSession restores the session after the module's migrations, so a
// pooled connection goes back as it came.
func (m *moduleRun) restoreSession(ctx context.Context) {
	m.rollback(ctx)
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if _, err := m.sess.conn.PgConn().Exec(rctx, m.restore.original).ReadAll(); err != nil {
		m.sess.broken = true
	}
}

// apply runs one migration with its per-migration callbacks and records it
// in the same transaction.
func (m *moduleRun) apply(ctx context.Context, mig *migration, info *MigrationInfo) (time.Duration, error) {
	row := statusInsert{
		version: mig.version.String(), description: mig.description, typ: mig.typ,
		script: mig.script, checksum: mig.checksum, installedBy: m.cfg.InstalledBy, executionTime: -1,
	}
	return m.runInTx(ctx, mig, row, info, true)
}

// runInTx runs mig (SQL or Go) with its status row, in one transaction
// unless the script cannot run in one, and with the per-migration
// callbacks if withCallbacks. A transactional SQL migration without COPY
// data or Go hooks goes to the server as one query: session restore, BEGIN,
// callbacks, script, guard, status row, COMMIT.
func (m *moduleRun) runInTx(ctx context.Context, mig *migration, row statusInsert, info *MigrationInfo, withCallbacks bool) (time.Duration, error) {
	if mig.step != nil {
		d, err := m.runGoStep(ctx, mig, row, info, withCallbacks)
		if err != nil {
			m.rollback(ctx)
			return d, m.migrationError(mig, err)
		}
		return d, nil
	}
	sh, err := m.shape(mig)
	if err != nil {
		return 0, m.migrationError(mig, err)
	}
	noTx := mig.conf.noTransaction || sh.noTx != nil
	switch {
	case sh.noTx != nil && sh.plain != nil && !m.cfg.Mixed && !mig.conf.noTransaction:
		return 0, m.migrationError(mig, &locatedError{script: mig.script, line: sh.noTx.line, col: sh.noTx.col,
			source: sh.noTx.fileLine(sh.noTx.line),
			err: fmt.Errorf("%w: this statement cannot run in a transaction, the one at line %d must (set Config.Mixed to run the whole script without a transaction)",
				ErrMixedScript, sh.plain.line)})
	case !noTx && sh.rollback != nil:
		return 0, m.migrationError(mig, &locatedError{script: mig.script, line: sh.rollback.line, col: sh.rollback.col,
			source: sh.rollback.fileLine(sh.rollback.line),
			err:    fmt.Errorf("%w: ROLLBACK in a script that runs in a transaction would undo it; nothing was run", ErrTransactionEnded)})
	case !noTx && sh.txControls > 0:
		m.log.Warn("the script's own BEGIN and COMMIT are ignored: it runs in one transaction with its status row",
			slog.String("script", mig.script))
	}
	if noTx {
		return m.runNoTx(ctx, mig, row, info, withCallbacks)
	}

	b := &sender{m: m}
	start := time.Now()
	err = m.sendAll(ctx, b, m.restoreStmts, ownSQL(txBegin))
	if err == nil && withCallbacks {
		err = m.sendCallbacks(ctx, b, BeforeEachMigrate, info, nil)
	}
	if err == nil {
		err = m.scriptStatements(mig, func(s stmt) error { return addInTx(ctx, b, s) })
	}
	if err == nil && withCallbacks {
		err = m.sendCallbacks(ctx, b, AfterEachMigrate, info, nil)
	}
	if err == nil {
		err = m.sendAll(ctx, b, ownSQL(noTimeouts), guardStmts(), m.restoreStmts, ownSQL(insertStatusSQL(m.status, row)), ownSQL("COMMIT"))
	}
	if err == nil {
		err = b.flush(ctx)
	}
	d := time.Since(start)
	if err != nil {
		m.rollback(ctx)
		return d, m.migrationError(mig, err)
	}
	return d, nil
}

// runNoTx runs a script that cannot run in a transaction statement by
// statement, then records it. If a statement fails, the statements before
// it stay applied and the migration is recorded as failed (success =
// false), as Flyway does: Run refuses the module until Repair.
func (m *moduleRun) runNoTx(ctx context.Context, mig *migration, row statusInsert, info *MigrationInfo, withCallbacks bool) (time.Duration, error) {
	b := &sender{m: m, single: true}
	start := time.Now()
	err := m.sendAll(ctx, b, m.restoreStmts)
	if err == nil && withCallbacks {
		err = m.sendCallbacks(ctx, b, BeforeEachMigrate, info, nil)
	}
	if err == nil {
		b.done = 0
		err = m.scriptStatements(mig, func(s stmt) error { return b.add(ctx, s) })
	}
	ran := b.done
	if err == nil && m.sess.conn.PgConn().TxStatus() != 'I' {
		err = &locatedError{script: mig.script, err: fmt.Errorf("%w: the script left a transaction open (BEGIN without COMMIT)", ErrTransactionEnded)}
	}
	if err == nil && withCallbacks {
		err = m.sendCallbacks(ctx, b, AfterEachMigrate, info, nil)
	}
	d := time.Since(start)
	row.executionTime = int(d.Milliseconds())
	if err != nil {
		m.rollback(ctx)
		row.failed = true
		merr := m.migrationError(mig, err).(*MigrationError)
		record := m.restore.beforeEach + ";\n" + insertStatusSQL(m.status, row)
		if _, rerr := m.sess.conn.PgConn().Exec(context.WithoutCancel(ctx), record).ReadAll(); rerr != nil {
			merr.Err = fmt.Errorf("%w; %d statement(s) before it ran outside a transaction and stay applied, and recording the failure failed too: %w", merr.Err, ran, rerr)
		} else {
			merr.Err = fmt.Errorf("%w; the script runs outside a transaction: %d statement(s) before it ran and stay applied, and the migration is recorded as failed (fix the script, then Repair)", merr.Err, ran)
		}
		return d, merr
	}
	if err := m.sendAll(ctx, b, m.restoreStmts, ownSQL(insertStatusSQL(m.status, row))); err != nil {
		return d, m.migrationError(mig, fmt.Errorf("recording migration: %w", err))
	}
	return d, nil
}

// runGoStep runs a Go step and its status row in one pgx transaction.
func (m *moduleRun) runGoStep(ctx context.Context, mig *migration, row statusInsert, info *MigrationInfo, withCallbacks bool) (time.Duration, error) {
	var (
		tx pgx.Tx
		d  time.Duration
	)
	b := &sender{m: m}
	err := m.sendAll(ctx, b, m.restoreStmts, []stmt{{run: func(ctx context.Context) (err error) {
		if tx, err = m.sess.conn.Begin(ctx); err == nil {
			_, err = tx.Exec(ctx, txMark)
		}
		return err
	}}})
	if err == nil && withCallbacks {
		err = m.sendCallbacks(ctx, b, BeforeEachMigrate, info, func() DB { return tx })
	}
	if err == nil {
		err = b.add(ctx, stmt{run: func(ctx context.Context) error {
			start := time.Now()
			fn := mig.step.Up
			if mig.down {
				fn = mig.step.Down
			}
			err := runStep(ctx, fn, tx)
			d = time.Since(start)
			return err
		}})
	}
	if err == nil && withCallbacks {
		err = m.sendCallbacks(ctx, b, AfterEachMigrate, info, func() DB { return tx })
	}
	if err == nil {
		err = m.sendAll(ctx, b, ownSQL(noTimeouts), guardStmts(), m.restoreStmts, []stmt{{run: func(ctx context.Context) error {
			row.executionTime = int(d.Milliseconds())
			if _, err := tx.Exec(ctx, insertStatusSQL(m.status, row)); err != nil {
				return fmt.Errorf("recording migration: %w", err)
			}
			return tx.Commit(ctx)
		}}})
	}
	if err == nil {
		err = b.flush(ctx)
	}
	return d, err
}

// sendAll queues statements in order.
func (m *moduleRun) sendAll(ctx context.Context, b *sender, lists ...[]stmt) error {
	for _, l := range lists {
		for _, s := range l {
			if err := b.add(ctx, s); err != nil {
				return err
			}
		}
	}
	return nil
}

// sendCallbacks queues the SQL callback files and Go hooks of ev inside a
// migration's transaction. db gives the hooks their handle: the
// migration's transaction, or (nil) the connection.
func (m *moduleRun) sendCallbacks(ctx context.Context, b *sender, ev Event, info *MigrationInfo, db func() DB) error {
	return m.queueCallbacks(ctx, b, ev, func(s stmt) error { return addInTx(ctx, b, s) }, func() HookEvent {
		e := HookEvent{Event: ev, Module: m.Name, Migration: info, DB: m.sess.conn}
		if db != nil {
			e.DB = db()
		}
		return e
	})
}

// queueCallbacks queues ev's SQL callback files, each statement through
// add, then its Go hooks, each told event().
func (m *moduleRun) queueCallbacks(ctx context.Context, b *sender, ev Event, add func(stmt) error, event func() HookEvent) error {
	for _, cb := range m.resolved.callbacks[ev] {
		if err := m.scriptStatements(cb, add); err != nil {
			return err
		}
	}
	for _, h := range hooksFor(m.cfg.Hooks, m.Name, ev) {
		if err := b.add(ctx, stmt{run: func(ctx context.Context) error { return runHook(ctx, h, event()) }}); err != nil {
			return err
		}
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
		return &locatedError{script: s.src.script, line: s.src.line, col: s.src.col, source: s.src.fileLine(s.src.line),
			err: fmt.Errorf("%w: ROLLBACK in a script that runs in the migration's transaction would undo it", ErrTransactionEnded)}
	}
	if err := b.add(ctx, s); err != nil {
		return err
	}
	if resetAll.MatchString(s.text[s.src.start:]) {
		return b.add(ctx, stmt{text: txMark}) // RESET ALL cleared the marker too
	}
	return nil
}

// resetAll matches a RESET ALL statement.
var resetAll = regexp.MustCompile(`(?i)^RESET\s+ALL\s*(;|$)`)

// guardStmts returns the guard, marked so that its failure reads as
// ErrTransactionEnded.
func guardStmts() []stmt { return []stmt{{text: txGuard, guard: true}} }

// migrationError names the module, migration and, for located SQL errors,
// the script, line, column and line text in err.
func (m *moduleRun) migrationError(mig *migration, err error) error {
	var me *MigrationError
	if errors.As(err, &me) {
		return err
	}
	me = &MigrationError{Module: m.Name, Err: err}
	if mig != nil {
		me.Version, me.Script = mig.version.String(), mig.script
	}
	var le *locatedError
	if errors.As(err, &le) {
		me.Script, me.Line, me.Column, me.Source = le.script, le.line, le.col, le.source
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

// runHook calls a hook, turning a panic into an error like runStep does.
func runHook(ctx context.Context, h Hook, e HookEvent) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s hook panicked: %v", e.Event, r)
		}
	}()
	if err := h.Run(ctx, e); err != nil {
		return fmt.Errorf("%s hook: %w", e.Event, err)
	}
	return nil
}

// callbacks runs the callbacks of a per-run or error event on the module's
// connection, outside any migration's transaction.
func (m *moduleRun) callbacks(ctx context.Context, ev Event, info *MigrationInfo, cause error) error {
	if len(m.resolved.callbacks[ev]) == 0 && len(hooksFor(m.cfg.Hooks, m.Name, ev)) == 0 {
		return nil
	}
	m.rollback(ctx)
	b := &sender{m: m}
	// Outside a migration's transaction, a callback file's own BEGIN and
	// COMMIT are its business: statements go as they are.
	err := m.sendAll(ctx, b, m.restoreStmts)
	if err == nil {
		err = m.queueCallbacks(ctx, b, ev, func(s stmt) error { return b.add(ctx, s) }, func() HookEvent {
			return HookEvent{Event: ev, Module: m.Name, Migration: info, DB: m.sess.conn, Err: cause}
		})
	}
	if err == nil {
		err = b.flush(ctx)
	}
	if err != nil {
		m.rollback(ctx)
		return m.migrationError(nil, err)
	}
	return nil
}

// rollback ends a transaction a failed migration left open on the session.
func (m *moduleRun) rollback(ctx context.Context) {
	pc := m.sess.conn.PgConn()
	if pc.TxStatus() == 'I' {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if _, err := pc.Exec(ctx, "ROLLBACK").ReadAll(); err != nil {
		m.sess.broken = true
	}
}

// lineCol converts a 0-based character offset in text into a 1-based line
// and column (in characters). Lines end at LF (so CRLF too), as the
// splitter and PostgreSQL's own LINE n count them. It returns 0, 0 for an
// offset outside text.
func lineCol(text string, offset int) (line, col int) {
	if offset < 0 {
		return 0, 0
	}
	line, col = 1, 1
	n := 0
	for _, r := range text {
		if n == offset {
			return line, col
		}
		n++
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return 0, 0
}
