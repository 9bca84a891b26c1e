package migrate

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// BatchDB is where [Batched] runs its statement: a *pgx.Conn or a
// *pgxpool.Pool, outside any transaction.
type BatchDB interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// BatchOptions configures [Batched].
type BatchOptions struct {
	// Args are the statement's parameters after $1 (the batch size): $2,
	// $3, … Default: none.
	Args []any

	// Logger receives the progress (rows so far, batches, rows per
	// second) every LogEvery, and the total at the end. Default: nil,
	// which discards.
	Logger *slog.Logger

	// LogEvery is how often progress is logged. Default (0): 10 seconds.
	LogEvery time.Duration

	// Pause is slept between batches, to leave room for the application's
	// traffic, replication and autovacuum. Default: 0, none.
	Pause time.Duration
}

// DefaultBatchLogEvery is the default of BatchOptions.LogEvery.
const DefaultBatchLogEvery = 10 * time.Second

// ErrInTransaction is returned by [Batched] when it is given a
// transaction, or a connection inside one (a Go step's), instead of a
// connection or a pool it can commit each batch on.
var ErrInTransaction = errors.New("batched statement given a transaction")

// Batched runs stmt again and again, each run its own committed
// transaction, until a run changes no row, and returns how many rows the
// runs changed in all. It is for data migrations too large for one
// transaction: backfilling a column of a big table, deleting old rows.
//
// stmt changes at most $1 rows (size), chosen by a filter that the change
// makes false, so that each run takes the next rows and a run after a
// restart picks up where the last committed batch ended:
//
//	UPDATE places SET name_lower = lower(name)
//	WHERE id IN (SELECT id FROM places WHERE name_lower IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
//	  AND name_lower IS NULL
//
// Repeat the filter outside the subquery: a row that another session
// changes while stmt waits for it is then skipped instead of changed
// twice. An index matching the filter (here a partial index WHERE
// name_lower IS NULL) keeps each batch from scanning the rows done. A
// batch that changes more than size rows is an error: stmt ignores $1. On
// a connection or pool (anything with Begin), each batch runs in a
// transaction of its own, rolled back in that case; through an Exec-only
// BatchDB the batch has committed by then.
//
// Batched refuses a transaction ([ErrInTransaction]): it commits. So it
// cannot run inside a migration's transaction, which would hold every
// batch's locks until the end and undo them all on failure; call it from
// code outside the boot path (a job, an admin command, a goroutine after
// [Run] returned) on a connection or pool of its own.
func Batched(ctx context.Context, db BatchDB, stmt string, size int, opts BatchOptions) (int64, error) {
	if err := batchable(db, size); err != nil {
		return 0, err
	}
	log := cmp.Or(opts.Logger, slog.New(slog.DiscardHandler))
	every := cmp.Or(opts.LogEvery, DefaultBatchLogEvery)
	args := append([]any{size}, opts.Args...)
	var total, batches int64
	start := time.Now()
	lastLog := start
	for {
		if err := ctx.Err(); err != nil {
			return total, fmt.Errorf("batched statement stopped after %d rows: %w", total, context.Cause(ctx))
		}
		n, committed, err := execBatch(ctx, db, stmt, args, size)
		if err != nil {
			return total, fmt.Errorf("batched statement, batch %d (after %d rows): %w", batches+1, total, err)
		}
		if n > int64(size) {
			if !committed {
				return total, fmt.Errorf("batched statement would change %d rows in one batch of %d: it must limit itself with $1 (the batch was rolled back)", n, size)
			}
			return total + n, fmt.Errorf("batched statement changed %d rows in one batch of %d: it must limit itself with $1", n, size)
		}
		if n == 0 {
			break
		}
		total += n
		batches++
		if time.Since(lastLog) >= every {
			lastLog = time.Now()
			log.LogAttrs(ctx, slog.LevelInfo, "batched statement in progress", slog.Int64("rows", total), slog.Int64("batches", batches),
				slog.Int64("rows_per_second", int64(float64(total)/time.Since(start).Seconds())))
		}
		if opts.Pause > 0 {
			t := time.NewTimer(opts.Pause)
			select {
			case <-ctx.Done():
			case <-t.C:
			}
			t.Stop()
		}
	}
	log.LogAttrs(ctx, slog.LevelInfo, "batched statement done", slog.Int64("rows", total), slog.Int64("batches", batches),
		slog.Int64("duration_ms", time.Since(start).Milliseconds()))
	return total, nil
}

// execBatch runs one batch. On a connection or pool that can begin a
// transaction it runs in one, which is rolled back when it changed more
// than size rows (committed reports which); else it commits by itself.
func execBatch(ctx context.Context, db BatchDB, stmt string, args []any, size int) (n int64, committed bool, err error) {
	b, ok := db.(interface {
		Begin(context.Context) (pgx.Tx, error)
	})
	if !ok {
		tag, err := db.Exec(ctx, stmt, args...)
		return tag.RowsAffected(), true, err
	}
	tx, err := b.Begin(ctx)
	if err != nil {
		return 0, false, err
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }() // after Commit: a no-op
	tag, err := tx.Exec(ctx, stmt, args...)
	if err != nil || tag.RowsAffected() > int64(size) {
		return tag.RowsAffected(), false, err
	}
	return tag.RowsAffected(), true, tx.Commit(ctx)
}

// batchable checks Batched's arguments.
func batchable(db BatchDB, size int) error {
	if size <= 0 {
		return fmt.Errorf("%w: batch size %d: must be positive", ErrInvalidConfig, size)
	}
	switch c := db.(type) {
	case nil:
		return fmt.Errorf("%w: no connection", ErrInvalidConfig)
	case pgx.Tx:
		return ErrInTransaction
	case *pgx.Conn:
		if c == nil {
			return fmt.Errorf("%w: no connection", ErrInvalidConfig)
		}
		if c.PgConn().TxStatus() != 'I' {
			return fmt.Errorf("%w: the connection is in a transaction", ErrInTransaction)
		}
	}
	return nil
}
