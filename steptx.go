package migrate

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/runwaydb/migrate/internal/sqlscript"
)

// stepTx is the transaction a Go step (or a per-migration hook) gets: a
// pgx.Tx that refuses any work once the migration's transaction has ended
// (a COMMIT sent through Exec), so nothing the step does afterwards runs
// outside it, and that refuses Commit and Rollback, which are Runway's.
type stepTx struct {
	pgx.Tx
	nested bool // a savepoint the step began: its own to commit (release) or roll back
}

// errStepEnded is what a step gets for work after its transaction ended.
var errStepEnded = fmt.Errorf("%w: a step must not end the migration's transaction (COMMIT, ROLLBACK); what it sends afterwards is refused", ErrTransactionEnded)

// check refuses work outside the migration's transaction.
func (t stepTx) check() error {
	if t.Conn().PgConn().TxStatus() == 'I' {
		return errStepEnded
	}
	return nil
}

func (t stepTx) Begin(ctx context.Context) (pgx.Tx, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	sp, err := t.Tx.Begin(ctx) // a savepoint, guarded the same way
	if err != nil {
		return nil, err
	}
	return stepTx{Tx: sp, nested: true}, nil
}

func (t stepTx) Commit(ctx context.Context) error {
	if t.nested {
		if err := t.check(); err != nil {
			return err
		}
		return t.Tx.Commit(ctx) // releases the savepoint
	}
	return errStepEnded
}

func (t stepTx) Rollback(ctx context.Context) error {
	if t.nested {
		if err := t.check(); err != nil {
			return err
		}
		return t.Tx.Rollback(ctx) // rolls back to the savepoint
	}
	return errStepEnded
}

func (t stepTx) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	if err := t.check(); err != nil {
		return pgconn.CommandTag{}, err
	}
	if err := checkNoTxControl(sql); err != nil {
		return pgconn.CommandTag{}, err
	}
	return t.Tx.Exec(ctx, sql, args...)
}

// checkNoTxControl refuses SQL that would end the migration's transaction
// (COMMIT, ROLLBACK, also inside a multi-statement string) before it is
// sent, so that nothing after it can run outside the transaction.
func checkNoTxControl(sql string) error {
	stmts, err := sqlscript.Split(sql)
	if err != nil {
		return nil // the server reports the syntax error
	}
	for _, s := range stmts {
		if s.Kind == sqlscript.Commit || s.Kind == sqlscript.Rollback {
			return errStepEnded
		}
	}
	return nil
}

func (t stepTx) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	return t.Tx.Query(ctx, sql, args...)
}

func (t stepTx) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	if err := t.check(); err != nil {
		return errRow{err}
	}
	return t.Tx.QueryRow(ctx, sql, args...)
}

func (t stepTx) CopyFrom(ctx context.Context, table pgx.Identifier, columns []string, src pgx.CopyFromSource) (int64, error) {
	if err := t.check(); err != nil {
		return 0, err
	}
	return t.Tx.CopyFrom(ctx, table, columns, src)
}

func (t stepTx) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults {
	if err := t.check(); err != nil {
		return errBatch{err}
	}
	return t.Tx.SendBatch(ctx, b)
}

func (t stepTx) Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	return t.Tx.Prepare(ctx, name, sql)
}

// errRow is a pgx.Row that fails with err.
type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

// errBatch is a pgx.BatchResults that fails with err.
type errBatch struct{ err error }

func (b errBatch) Exec() (pgconn.CommandTag, error) { return pgconn.CommandTag{}, b.err }
func (b errBatch) Query() (pgx.Rows, error)         { return nil, b.err }
func (b errBatch) QueryRow() pgx.Row                { return errRow(b) }
func (b errBatch) Close() error                     { return b.err }
func (b errBatch) Tx() pgx.Tx                       { return nil }

// txDB is the connection a per-migration hook of an SQL migration gets:
// it refuses work once the migration's transaction has ended.
type txDB struct{ conn *pgx.Conn }

func (d txDB) check() error {
	if d.conn.PgConn().TxStatus() == 'I' {
		return errStepEnded
	}
	return nil
}

func (d txDB) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	if err := d.check(); err != nil {
		return pgconn.CommandTag{}, err
	}
	return d.conn.Exec(ctx, sql, args...)
}

func (d txDB) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	return d.conn.Query(ctx, sql, args...)
}

func (d txDB) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	if err := d.check(); err != nil {
		return errRow{err}
	}
	return d.conn.QueryRow(ctx, sql, args...)
}
