package migrate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// blocker is a session another one waits for.
type blocker struct {
	PID         int
	Application string
	State       string
	Query       string
	For         time.Duration // since its transaction (or query) began
}

func (b blocker) String() string {
	return fmt.Sprintf("pid %d (application %q, %s for %s: %q)", b.PID, b.Application, b.State, b.For.Round(time.Millisecond), b.Query)
}

// blockersString lists blockers for a message.
func blockersString(bs []blocker) string {
	if len(bs) == 0 {
		return "no blocking session seen"
	}
	s := make([]string, len(bs))
	for i, b := range bs {
		s[i] = b.String()
	}
	return strings.Join(s, "; ")
}

// watcher looks at a running migration from a second connection, opened
// only when a migration runs long enough to need it: who blocks it (for the
// lock timeout's retries and error), and, past Config.ProgressInterval,
// what it waits on and how far an index build got, logged every interval.
type watcher struct {
	sess  *session // the migrating session
	log   *slog.Logger
	every time.Duration // progress interval; negative: no progress lines
	aux   *session      // the second connection, once opened
}

// watchResult is what a watch saw.
type watchResult struct {
	mu       sync.Mutex
	blockers []blocker // the latest seen
}

func (w *watchResult) set(bs []blocker) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(bs) > 0 {
		w.blockers = bs
	}
}

func (w *watchResult) get() []blocker {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.blockers
}

// start watches mig while it runs: a first look after first (when it may
// be blocked), then one each interval. stop ends the watch and returns what
// it saw. Through a pooler the backend is not known: nothing is watched.
// A migration that ends before the first look costs a timer, no goroutine:
// most end within milliseconds.
func (w *watcher) start(ctx context.Context, script string, first time.Duration) (stop func() []blocker) {
	res := &watchResult{}
	if w.sess.pooler || (first < 0 && w.every < 0) {
		return res.get
	}
	pid := w.sess.pg().PID()
	begun := time.Now()
	wait := first
	if wait < 0 || (w.every >= 0 && w.every < wait) {
		wait = w.every
	}
	var (
		mu      sync.Mutex // guards what follows, and orders stop after a look's start
		stopped bool
		t       *time.Timer
		abandon context.CancelFunc
		looking sync.WaitGroup
	)
	look := func() {
		mu.Lock()
		if stopped {
			mu.Unlock()
			return
		}
		// A look still under way when the migration ends is abandoned: it
		// must not hold the migration back (a pool to borrow from may be full).
		lctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		abandon = cancel
		looking.Add(1)
		mu.Unlock()
		defer looking.Done()
		w.look(lctx, pid, script, begun, res)
		cancel()
		if w.every <= 0 {
			return
		}
		mu.Lock()
		if !stopped {
			t.Reset(w.every - time.Since(begun)%w.every) // lines at every interval since the start
		}
		mu.Unlock()
	}
	mu.Lock()
	t = time.AfterFunc(wait, look)
	mu.Unlock()
	return func() []blocker {
		mu.Lock()
		stopped = true
		t.Stop()
		if abandon != nil {
			abandon()
		}
		mu.Unlock()
		looking.Wait()
		return res.get()
	}
}

// ready opens the watch connection now if it is not open, so that the
// next look only queries: a retry of a blocked migration calls it during
// its pause, bounded by ctx, so that the look halfway to the lock timeout
// names the blocker even when connecting is slow. A failure is only
// logged: the migration runs without a watch. Through a pooler nothing is
// watched.
func (w *watcher) ready(ctx context.Context) {
	if w.aux != nil || w.sess.pooler {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, cleanupTimeout)
	defer cancel()
	s, err := w.sess.dial(ctx, true)
	if err != nil {
		w.log.LogAttrs(ctx, slog.LevelDebug, "cannot open a connection to watch the migration", slog.Any("error", err))
		return
	}
	w.aux = s
}

// look queries, in one round trip, what the migrating backend waits on
// and who blocks it, and logs it once the migration has run for the
// progress interval.
func (w *watcher) look(ctx context.Context, pid uint32, script string, begun time.Time, res *watchResult) {
	ctx, cancel := context.WithTimeout(ctx, cleanupTimeout)
	defer cancel()
	w.ready(ctx)
	if w.aux == nil {
		return
	}
	waitType, waitEvent, phase, done, total, bs, err := lookAt(ctx, w.aux.conn, pid)
	if err != nil {
		w.broken(ctx, err)
		return
	}
	res.set(bs)
	elapsed := time.Since(begun)
	if w.every < 0 || elapsed < w.every {
		return
	}
	attrs := []slog.Attr{slog.String("script", script), slog.Int64("running_ms", elapsed.Milliseconds())}
	if waitEvent != "" {
		attrs = append(attrs, slog.String("wait_event", waitType+"/"+waitEvent))
	}
	if len(bs) > 0 {
		attrs = append(attrs, slog.String("blocked_by", blockersString(bs)))
	}
	if phase != "" {
		attrs = append(attrs, slog.String("index_phase", phase), slog.Int64("blocks_done", done), slog.Int64("blocks_total", total))
	}
	w.log.LogAttrs(ctx, slog.LevelInfo, "migration still running", attrs...)
}

// broken drops a watch connection that failed. One whose look was only
// abandoned because the migration ended is kept when it is still open and
// idle: its query was cancelled on the server (SQLSTATE 57014), or never
// sent. The next look, often the next try of a blocked migration, then
// need not connect.
func (w *watcher) broken(ctx context.Context, err error) {
	pc := w.aux.pg()
	var pgErr *pgconn.PgError
	cancelled := (errors.As(err, &pgErr) && pgErr.Code == "57014") || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
	if ctx.Err() != nil && cancelled && !pc.IsClosed() && pc.TxStatus() == 'I' {
		return
	}
	w.log.LogAttrs(ctx, slog.LevelDebug, "watching the migration failed", slog.Any("error", err))
	w.aux.broken = true // closed, not returned to a pool
	w.close(ctx)
}

// close closes (or returns to Config.Pool) the watch connection.
func (w *watcher) close(ctx context.Context) {
	if w.aux != nil {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
		defer cancel()
		w.aux.release(ctx)
		w.aux = nil
	}
}

// lookAt returns, in one query, what backend pid waits on, how far its
// index build got, and the sessions blocking it.
func lookAt(ctx context.Context, conn *pgx.Conn, pid uint32) (waitType, waitEvent, phase string, done, total int64, bs []blocker, err error) {
	rows, err := conn.Query(ctx, `
SELECT coalesce(a.wait_event_type, ''), coalesce(a.wait_event, ''), coalesce(p.phase, ''),
       coalesce(p.blocks_done, 0), coalesce(p.blocks_total, 0),
       b.pid, coalesce(b.application_name, ''), coalesce(b.state, ''), left(coalesce(b.query, ''), 200),
       coalesce(extract(epoch FROM now() - coalesce(b.xact_start, b.query_start)), 0)
FROM pg_stat_activity a
LEFT JOIN pg_stat_progress_create_index p ON p.pid = a.pid
LEFT JOIN LATERAL unnest(pg_blocking_pids(a.pid)) AS bp (pid) ON true
LEFT JOIN pg_stat_activity b ON b.pid = bp.pid
WHERE a.pid = $1 ORDER BY b.pid`, pgx.QueryExecModeSimpleProtocol, int64(pid))
	if err != nil {
		return "", "", "", 0, 0, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			b    blocker
			bpid *int
			secs float64
		)
		if err := rows.Scan(&waitType, &waitEvent, &phase, &done, &total, &bpid, &b.Application, &b.State, &b.Query, &secs); err != nil {
			return "", "", "", 0, 0, nil, err
		}
		if bpid != nil {
			b.PID, b.For = *bpid, time.Duration(secs*float64(time.Second))
			bs = append(bs, b)
		}
	}
	return waitType, waitEvent, phase, done, total, bs, rows.Err()
}
