package migrate

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/runwaydb/migrate/internal/sqlscript"
)

// ownSQL turns SQL that Runway generates into statements.
func ownSQL(sql string) []stmt {
	stmts, err := sqlscript.Split(sql)
	if err != nil { // Runway's own SQL always splits
		return []stmt{{text: sql}}
	}
	out := make([]stmt, len(stmts))
	for i, s := range stmts {
		out[i] = stmt{text: s.Text, kind: s.Kind}
	}
	return out
}

// maxBatch is the size at which a batch of statements is sent even though
// more could follow: a long script goes in several round trips rather than
// being held in memory at once.
const maxBatch = 4 << 20

// maxBatchStmts bounds the statements of a batch too: what locates an
// error in each costs more memory than its text when statements are small
// (a dump of single-row INSERTs).
const maxBatchStmts = 4096

// sender sends statements in as few simple-protocol queries as it can:
// consecutive SQL statements travel together; COPY data, Go code and, in
// single mode, every statement need a round trip of their own.
type sender struct {
	pg     *pgconn.PgConn
	stop   func() error // non-nil error: send nothing more (the caller's context ended)
	single bool         // one statement per round trip (scripts run outside a transaction)
	// overlap lets a full batch run on the server while the next is read
	// and split: its outcome is collected before anything else is sent.
	overlap bool
	q       strings.Builder
	chars   int
	batch   []sent
	last    [2]int // bytes and statements of the last batch sent: the next one is sized for as much
	done    int    // statements of the script that completed, for messages
	running *running
}

// running is a batch sent and not yet collected.
type running struct {
	mrr   *pgconn.MultiResultReader
	batch []sent
}

// sent is a statement in the current batch.
type sent struct {
	start, end int // character offsets in the query
	s          stmt
}

// add queues s, sending what must go first.
func (b *sender) add(ctx context.Context, s stmt) error {
	switch {
	case s.run != nil:
		if err := b.flush(ctx); err != nil {
			return err
		}
		if err := b.stopped(); err != nil {
			return err
		}
		return s.run(ctx)
	case s.copy != nil:
		if err := b.flush(ctx); err != nil {
			return err
		}
		if err := b.stopped(); err != nil {
			return err
		}
		if _, err := b.pg.CopyFrom(ctx, s.copy, s.text); err != nil {
			return locateCopy(err, s)
		}
		b.count(s)
		return nil
	}
	text := s.text
	if t := strings.TrimRightFunc(text, isSpace); !strings.HasSuffix(t, ";") {
		text += "\n;" // a last statement without ';', or ending in a -- comment
	}
	n := utf8.RuneCountInString(text)
	if b.batch == nil && b.last[1] > 0 {
		b.q.Grow(b.last[0] + b.last[0]/8)
		b.batch = make([]sent, 0, b.last[1])
	}
	b.batch = append(b.batch, sent{start: b.chars, end: b.chars + n, s: s})
	b.q.WriteString(text)
	b.q.WriteString("\n")
	b.chars += n + 1
	switch {
	case b.single || s.alone:
		return b.flush(ctx)
	case b.q.Len() >= maxBatch || len(b.batch) >= maxBatchStmts:
		if b.overlap {
			return b.send(ctx)
		}
		return b.flush(ctx)
	}
	return nil
}

// stopped returns the stop error, if any.
func (b *sender) stopped() error {
	if b.stop == nil {
		return nil
	}
	return b.stop()
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' }

// count records a completed statement.
func (b *sender) count(s stmt) {
	if s.src != nil {
		b.done++
	}
}

// flush sends the batch as one query and waits for its outcome (and for
// that of the batch still running, first).
func (b *sender) flush(ctx context.Context) error {
	if err := b.send(ctx); err != nil {
		return err
	}
	return b.collect()
}

// send collects the batch still running, then sends the batch as one query
// without waiting for it: the caller reads the next statements meanwhile,
// and collect (or the next send) reads its outcome.
func (b *sender) send(ctx context.Context) error {
	if err := b.collect(); err != nil {
		return err
	}
	if len(b.batch) == 0 {
		return nil
	}
	if err := b.stopped(); err != nil {
		return err
	}
	b.running = &running{mrr: b.pg.Exec(ctx, b.q.String()), batch: b.batch}
	b.last = [2]int{b.q.Len(), len(b.batch)}
	b.q.Reset()
	b.chars, b.batch = 0, nil
	return nil
}

// settle collects the batch still running when the caller stops with err:
// the connection is free again, and the failure of that batch, which came
// first, is the one returned.
func (b *sender) settle(err error) error {
	if cerr := b.collect(); cerr != nil {
		return cerr
	}
	return err
}

// collect waits for the batch still running, if one is, and locates its
// failure.
func (b *sender) collect() error {
	r := b.running
	if r == nil {
		return nil
	}
	b.running = nil
	completed, err := discard(r.mrr)
	batch := r.batch
	for i := range min(completed, len(batch)) {
		b.count(batch[i].s)
	}
	if err == nil {
		return nil
	}
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return err
	}
	// The statement that failed: the one the position points at, else the
	// one after those that completed.
	failed := -1
	if pgErr.Position > 0 {
		pos := int(pgErr.Position) - 1
		for i, s := range batch {
			if pos >= s.start && pos < s.end {
				failed = i
				if s.s.src != nil {
					return s.s.src.errorAt(pos-s.start, err)
				}
			}
		}
	}
	if failed < 0 && completed < len(batch) {
		failed = completed
	}
	switch {
	case failed >= 0 && batch[failed].s.guard && pgErr.Code == "22012": // its division by zero: the marker is gone
		return fmt.Errorf("%w (COMMIT, ROLLBACK or a procedure that commits): nothing is recorded; work committed before that stays, the rest was rolled back", ErrTransactionEnded)
	case failed >= 0 && batch[failed].s.src != nil:
		return batch[failed].s.src.errorAtStart(err)
	case failed >= 0 && batch[failed].s.status:
		return &statusStmtError{err: err}
	}
	return err
}

// execDiscard sends sql as one simple-protocol query and discards the rows
// of its statements as they stream (a migration's results are not needed:
// a script that selects a million rows costs no memory). It returns how
// many statements completed.
func execDiscard(ctx context.Context, pg *pgconn.PgConn, sql string) (completed int, err error) {
	return discard(pg.Exec(ctx, sql))
}

// discard reads the results of a query sent, discarding rows, and returns
// how many statements completed.
func discard(mrr *pgconn.MultiResultReader) (completed int, err error) {
	for mrr.NextResult() {
		rr := mrr.ResultReader()
		for rr.NextRow() {
		}
		if _, err := rr.Close(); err == nil {
			completed++ // a statement that fails after its row description also has a result
		}
	}
	return completed, mrr.Close()
}

// copyLineRE finds the data line in a COPY error's context
// ("COPY t, line 3, column b: …").
var copyLineRE = regexp.MustCompile(`COPY [^,]+, line (\d+)`)

// locateCopy names the script line of the data row a COPY failed on.
func locateCopy(err error, s stmt) error {
	var pgErr *pgconn.PgError
	if s.src == nil || !errors.As(err, &pgErr) {
		return err
	}
	if m := copyLineRE.FindStringSubmatch(pgErr.Where); m != nil && s.src.copyLine > 0 {
		n, _ := strconv.Atoi(m[1])
		return s.src.errorAtLine(s.src.copyLine+n-1, 1, err)
	}
	return s.src.errorAtStart(err)
}

// sendAll queues statements in order.
func (b *sender) sendAll(ctx context.Context, lists ...[]stmt) error {
	for _, l := range lists {
		for _, s := range l {
			if err := b.add(ctx, s); err != nil {
				return err
			}
		}
	}
	return nil
}
