package migrate

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// moduleRun is one module being migrated by Run.
type moduleRun struct {
	*Module
	cfg        Config
	table      string   // status table name, without schema
	baseline   *Version // baseline written when the table is created
	migrations []*migration
	log        *slog.Logger

	// Set once the module holds its lock.
	sess    *session
	status  statusTable
	restore string // SQL restoring the session before each migration
}

// run migrates the module. Up to date, it costs one query and no lock.
func (m *moduleRun) run(ctx context.Context, conns *connector) (res ModuleResult, err error) {
	res.Module = m.Name
	sess, err := conns.get(ctx, m.DatabaseURL)
	if err != nil {
		return res, err
	}
	m.sess = sess
	m.status = statusTable{schema: sess.schema, name: m.table}
	res.StatusTable = m.status.ident()

	rows, exists, err := readStatus(ctx, sess.conn, m.status)
	if err != nil {
		return res, err
	}
	if exists {
		p, err := makePlan(m.Name, m.migrations, rows)
		res.Version = p.current.String()
		if err != nil || len(p.pending) == 0 {
			return res, err
		}
	}

	key := lockKey(m.status)
	if err := acquireLock(ctx, sess.conn, key, m.cfg.LockTimeout, m.log); err != nil {
		return res, err
	}
	defer func() {
		if uerr := releaseLock(ctx, sess.conn, key); uerr != nil {
			sess.broken = true // closing the connection releases the lock for sure
			err = errors.Join(err, uerr)
		}
	}()

	// Someone else may have migrated while we waited: read again.
	rows, exists, err = readStatus(ctx, sess.conn, m.status)
	if err != nil {
		return res, err
	}
	if !exists {
		m.log.Info("creating status table", slog.String("table", m.status.ident()))
		if err := createStatusTable(ctx, sess.conn, m.status, m.baseline, m.cfg.InstalledBy); err != nil {
			return res, err
		}
		if rows, _, err = readStatus(ctx, sess.conn, m.status); err != nil {
			return res, err
		}
	}
	p, err := makePlan(m.Name, m.migrations, rows)
	res.Version = p.current.String()
	if err != nil || len(p.pending) == 0 {
		return res, err
	}

	if m.restore, err = captureRestore(ctx, sess.conn, sess.schema, m.cfg.Schema != ""); err != nil {
		return res, err
	}
	defer func() {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if _, rerr := sess.conn.Exec(rctx, m.restore); rerr != nil {
			sess.broken = true
		}
	}()

	for _, mig := range p.pending {
		d, err := m.apply(ctx, mig)
		if err != nil {
			return res, err
		}
		m.log.Info("applied migration", slog.String("version", mig.version.String()),
			slog.String("script", mig.script), slog.Int64("duration_ms", d.Milliseconds()))
		res.Applied = append(res.Applied, AppliedMigration{
			Version: mig.version.String(), Description: mig.description, Script: mig.script,
			Type: mig.typ, Checksum: mig.checksum, Duration: d,
		})
		res.Version = mig.version.String()
	}
	return res, nil
}

// apply runs one migration and records it in the same transaction.
func (m *moduleRun) apply(ctx context.Context, mig *migration) (time.Duration, error) {
	if mig.step != nil {
		return m.applyStep(ctx, mig)
	}
	return m.applySQL(ctx, mig)
}

// applySQL sends the session restore, the script and its status row as one
// simple-protocol query inside BEGIN … COMMIT: one round trip per migration.
func (m *moduleRun) applySQL(ctx context.Context, mig *migration) (time.Duration, error) {
	merr := &MigrationError{Module: m.Name, Version: mig.version.String(), Script: mig.script}
	body, err := fs.ReadFile(mig.fsys, mig.script)
	if err != nil {
		merr.Err = err
		return 0, merr
	}
	script := strings.TrimPrefix(string(body), utf8BOM)
	prefix := m.restore + ";\nBEGIN;\n"
	// The script may have changed role or settings (statement_timeout):
	// restore them before recording it too.
	query := prefix + script + "\n;\n" + m.restore + ";\n" + insertStatusSQL(m.status, statusInsert{
		version:       mig.version.String(),
		description:   mig.description,
		typ:           typeSQL,
		script:        mig.script,
		checksum:      mig.checksum,
		installedBy:   m.cfg.InstalledBy,
		executionTime: -1,
	}) + ";\nCOMMIT"
	start := time.Now()
	results, err := m.sess.conn.PgConn().Exec(ctx, query).ReadAll()
	d := time.Since(start)
	if err != nil {
		m.rollback(ctx)
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Position > 0 {
			offset := int(pgErr.Position) - 1 - utf8.RuneCountInString(prefix)
			merr.Line, merr.Column = lineCol(script, offset)
		}
		merr.Err = err
		return d, merr
	}
	for _, r := range results[:len(results)-2] {
		switch r.CommandTag.String() {
		case "COMMIT", "ROLLBACK":
			m.log.Warn("script ends its own transaction: its effects and its status row may not be atomic",
				slog.String("script", mig.script))
		}
	}
	return d, nil
}

// applyStep runs a Go step and inserts its status row in one transaction.
func (m *moduleRun) applyStep(ctx context.Context, mig *migration) (d time.Duration, err error) {
	fail := func(err error) (time.Duration, error) {
		return d, &MigrationError{Module: m.Name, Version: mig.version.String(), Script: mig.script, Err: err}
	}
	conn := m.sess.conn
	if _, err := conn.Exec(ctx, m.restore); err != nil {
		return fail(fmt.Errorf("restoring session: %w", err))
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fail(err)
	}
	defer m.rollback(ctx)
	start := time.Now()
	if err := runStep(ctx, mig.step, tx); err != nil {
		d = time.Since(start)
		return fail(err)
	}
	d = time.Since(start)
	if _, err := tx.Exec(ctx, m.restore); err != nil {
		return fail(fmt.Errorf("restoring session: %w", err))
	}
	if _, err := tx.Exec(ctx, insertStatusSQL(m.status, statusInsert{
		version:       mig.version.String(),
		description:   mig.description,
		typ:           typeJDBC,
		script:        mig.script,
		installedBy:   m.cfg.InstalledBy,
		executionTime: int(d.Milliseconds()),
	})); err != nil {
		return fail(fmt.Errorf("recording migration: %w", err))
	}
	if err := tx.Commit(ctx); err != nil {
		return fail(err)
	}
	return d, nil
}

// runStep calls the step's Up, turning a panic into an error so that the
// transaction is rolled back and the lock released like for any failure.
func runStep(ctx context.Context, s *Step, tx pgx.Tx) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("step panicked: %v", r)
		}
	}()
	return s.Up(ctx, tx)
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
