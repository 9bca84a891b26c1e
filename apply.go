package migrate

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
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
	restore sessionRestore
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
		src, err := m.source(mig)
		if err != nil {
			return err
		}
		sum := checksumBytes([]byte(src.rep.text))
		mig.checksum = &sum
	}
	return nil
}

// source reads a script and replaces its placeholders.
func (m *moduleRun) source(mig *migration) (*sqlSource, error) {
	body, err := fs.ReadFile(mig.fsys, mig.script)
	if err != nil {
		return nil, &MigrationError{Module: m.Name, Version: mig.version.String(), Script: mig.script, Err: err}
	}
	src := &sqlSource{script: mig.script, text: strings.TrimPrefix(string(body), utf8BOM)}
	src.rep = replaced{text: src.text}
	if !mig.conf.noPlaceholders {
		if src.rep, err = replacePlaceholders(src.text, m.placeholders(mig.script)); err != nil {
			merr := &MigrationError{Module: m.Name, Version: mig.version.String(), Script: mig.script, Err: err}
			var pe *placeholderError
			if errors.As(err, &pe) {
				merr.Line, merr.Column = pe.line, pe.col
			}
			return nil, merr
		}
	}
	return src, nil
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

// runInTx runs mig (SQL or Go) in a transaction with row, and with the
// per-migration callbacks if withCallbacks. An SQL migration without Go
// hooks goes to the server as one query: session restore, BEGIN,
// callbacks, script, status row, COMMIT.
func (m *moduleRun) runInTx(ctx context.Context, mig *migration, row statusInsert, info *MigrationInfo, withCallbacks bool) (time.Duration, error) {
	merr := func(err error) error { return m.migrationError(mig, err) }
	if mig.conf.noTransaction {
		return 0, merr(errors.New("executeInTransaction=false is not supported yet: every script runs in a transaction"))
	}
	var (
		pieces []piece
		tx     pgx.Tx
		d      time.Duration
	)
	add := func(p ...piece) { pieces = append(pieces, p...) }
	add(piece{sql: m.restore.beforeEach})
	if mig.step == nil {
		add(piece{sql: txBegin})
	} else {
		add(piece{run: func(ctx context.Context) (err error) { tx, err = m.sess.conn.Begin(ctx); return err }})
	}
	db := func() DB {
		if tx != nil {
			return tx
		}
		return m.sess.conn
	}
	if withCallbacks {
		cb, err := m.callbackPieces(ctx, BeforeEachMigrate, info, db)
		if err != nil {
			return 0, err
		}
		add(cb...)
	}
	if mig.step == nil {
		src, err := m.source(mig)
		if err != nil {
			return 0, err
		}
		add(piece{sql: src.rep.text, src: src})
	} else {
		add(piece{run: func(ctx context.Context) error {
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
	if withCallbacks {
		cb, err := m.callbackPieces(ctx, AfterEachMigrate, info, db)
		if err != nil {
			return 0, err
		}
		add(cb...)
	}
	if mig.step == nil {
		add(piece{sql: txGuard})
	}
	// The script may have changed role or settings (statement_timeout):
	// restore them before recording it too.
	add(piece{sql: m.restore.beforeEach})
	if mig.step == nil {
		add(piece{sql: insertStatusSQL(m.status, row)}, piece{sql: "COMMIT"})
	} else {
		add(piece{run: func(ctx context.Context) error {
			row.executionTime = int(d.Milliseconds())
			if _, err := tx.Exec(ctx, insertStatusSQL(m.status, row)); err != nil {
				return fmt.Errorf("recording migration: %w", err)
			}
			return tx.Commit(ctx)
		}})
	}
	start := time.Now()
	err := m.exec(ctx, pieces)
	if mig.step == nil {
		d = time.Since(start)
	}
	if err != nil {
		m.rollback(ctx)
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && strings.Contains(pgErr.Message, txEndedMessage) {
			err = fmt.Errorf("%w (COMMIT, ROLLBACK or END): nothing is recorded; work it committed before that stays, the rest was rolled back", ErrTransactionEnded)
		}
		return d, merr(err)
	}
	return d, nil
}

// migrationError names the module, migration and, for located SQL errors,
// the script, line and column in err.
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
		me.Script, me.Line, me.Column, me.Err = le.script, le.line, le.col, le.err
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

// piece is a part of what a migration sends: SQL text, or Go code.
type piece struct {
	sql string                          // SQL to send (may hold several statements)
	src *sqlSource                      // when sql is a script: for error positions
	run func(ctx context.Context) error // Go code, instead of sql
}

// sqlSource is a script's text, before and after placeholder replacement.
type sqlSource struct {
	script string   // path relative to the module root
	text   string   // as in the file, without a byte order mark
	rep    replaced // after placeholder replacement
}

// exec sends consecutive SQL pieces as one simple-protocol query and runs
// Go pieces in between. An SQL error is located in the script it came from.
func (m *moduleRun) exec(ctx context.Context, pieces []piece) error {
	var (
		q     strings.Builder
		chars int // characters in q
		spans []span
	)
	flush := func() error {
		if q.Len() == 0 {
			return nil
		}
		_, err := m.sess.conn.PgConn().Exec(ctx, q.String()).ReadAll()
		q.Reset()
		chars = 0
		if err != nil {
			return locate(err, spans)
		}
		spans = spans[:0]
		return nil
	}
	for _, p := range pieces {
		if p.run != nil {
			if err := flush(); err != nil {
				return err
			}
			if err := p.run(ctx); err != nil {
				return err
			}
			continue
		}
		if p.sql == "" {
			continue
		}
		if p.src != nil {
			spans = append(spans, span{start: chars, src: p.src})
		}
		q.WriteString(p.sql)
		q.WriteString("\n;\n") // ends a trailing -- comment or a statement without ;
		chars += utf8.RuneCountInString(p.sql) + 3
	}
	if err := flush(); err != nil {
		return err
	}
	return nil
}

// span is where a script starts in a query, in characters.
type span struct {
	start int
	src   *sqlSource
}

// locate turns a PostgreSQL error with a position into a MigrationError
// naming the script, line and column it points at.
func locate(err error, spans []span) error {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) || pgErr.Position <= 0 {
		return err
	}
	pos := int(pgErr.Position) - 1
	for i := len(spans) - 1; i >= 0; i-- {
		s := spans[i]
		if pos < s.start {
			continue
		}
		offset := pos - s.start
		if offset >= utf8.RuneCountInString(s.src.rep.text) {
			break
		}
		line, col := lineCol(s.src.text, s.src.rep.origOffset(offset))
		return &locatedError{script: s.src.script, line: line, col: col, err: err}
	}
	return err
}

// locatedError is an SQL error located in a script; migrationError turns
// it into a MigrationError.
type locatedError struct {
	script    string
	line, col int
	err       error
}

func (e *locatedError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v", e.script, e.line, e.col, e.err)
}
func (e *locatedError) Unwrap() error { return e.err }

// callbackPieces returns the SQL callback files and Go hooks of ev as
// pieces of a migration.
func (m *moduleRun) callbackPieces(ctx context.Context, ev Event, info *MigrationInfo, db func() DB) ([]piece, error) {
	var out []piece
	for _, cb := range m.resolved.callbacks[ev] {
		src, err := m.source(cb)
		if err != nil {
			return nil, err
		}
		out = append(out, piece{sql: src.rep.text, src: src})
	}
	for _, h := range hooksFor(m.cfg.Hooks, m.Name, ev) {
		out = append(out, piece{run: func(ctx context.Context) error {
			if err := h.Run(ctx, HookEvent{Event: ev, Module: m.Name, Migration: info, DB: db()}); err != nil {
				return fmt.Errorf("%s hook: %w", ev, err)
			}
			return nil
		}})
	}
	return out, nil
}

// callbacks runs the callbacks of a per-run or error event on the module's
// connection, outside any transaction.
func (m *moduleRun) callbacks(ctx context.Context, ev Event, info *MigrationInfo, cause error) error {
	var pieces []piece
	for _, cb := range m.resolved.callbacks[ev] {
		src, err := m.source(cb)
		if err != nil {
			return err
		}
		pieces = append(pieces, piece{sql: m.restore.beforeEach}, piece{sql: src.rep.text, src: src})
	}
	for _, h := range hooksFor(m.cfg.Hooks, m.Name, ev) {
		pieces = append(pieces, piece{run: func(ctx context.Context) error {
			if err := h.Run(ctx, HookEvent{Event: ev, Module: m.Name, Migration: info, DB: m.sess.conn, Err: cause}); err != nil {
				return fmt.Errorf("%s hook: %w", ev, err)
			}
			return nil
		}})
	}
	if len(pieces) == 0 {
		return nil
	}
	m.rollback(ctx)
	if err := m.exec(ctx, pieces); err != nil {
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
// and column (in characters). Lines end at LF, CRLF or CR. It returns 0, 0
// for an offset outside text.
func lineCol(text string, offset int) (line, col int) {
	if offset < 0 {
		return 0, 0
	}
	line, col = 1, 1
	n := 0
	prevCR := false
	for _, r := range text {
		if n == offset {
			return line, col
		}
		n++
		switch {
		case r == '\n' && prevCR: // second half of CRLF: still on the new line's start
		case r == '\n', r == '\r':
			line, col = line+1, 1
		default:
			col++
		}
		prevCR = r == '\r'
	}
	return 0, 0
}
