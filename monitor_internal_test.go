package migrate

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgtest"
)

// TestWatcherNamesBlockerWhenConnectingIsSlow: on a loaded machine opening
// the watch connection can take longer than half the lock timeout, so the
// first try's look is abandoned and sees nothing. The retry's pause opens
// the connection (ready), and the next try's look, only a query, names the
// blocker. A look whose query was cancelled keeps the connection.
func TestWatcherNamesBlockerWhenConnectingIsSlow(t *testing.T) {
	t.Parallel()
	url := pgtest.NewDatabase(t)
	ctx := t.Context()
	connect := func() *pgx.Conn {
		c, err := pgx.Connect(ctx, url)
		require.NoError(t, err)
		t.Cleanup(func() { c.Close(context.WithoutCancel(ctx)) })
		return c
	}
	mig, holder := connect(), connect()
	_, err := mig.Exec(ctx, "CREATE TABLE t (id int)")
	require.NoError(t, err)
	_, err = holder.Exec(ctx, "SET application_name = 'nightly-dump'; BEGIN; SELECT count(*) FROM t")
	require.NoError(t, err)
	var holderPID int
	require.NoError(t, holder.QueryRow(ctx, "SELECT pg_backend_pid()").Scan(&holderPID))

	const lockTimeout = time.Second
	connecting := make(chan struct{}) // the first try's connect lasts until the look is abandoned
	dials := 0
	sess := &session{conn: mig, dial: func(ctx context.Context, _ bool) (*session, error) {
		dials++
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-connecting:
		}
		cc, err := pgx.ParseConfig(url)
		if err != nil {
			return nil, err
		}
		cc.BuildContextWatcherHandler = func(pc *pgconn.PgConn) ctxwatch.Handler { // as connector.connect
			return &pgconn.CancelRequestContextWatcherHandler{Conn: pc, DeadlineDelay: 5 * time.Second}
		}
		c, err := pgx.ConnectConfig(ctx, cc)
		if err != nil {
			return nil, err
		}
		return &session{conn: c, release: func(ctx context.Context) { _ = c.Close(ctx) }}, nil
	}}
	w := &watcher{sess: sess, log: slog.New(slog.NewTextHandler(io.Discard, nil)), every: -1}
	t.Cleanup(func() { w.close(context.WithoutCancel(ctx)) })
	try := func() []blocker {
		stop := w.start(ctx, "V2__alter.sql", watchFirst(lockTimeout))
		_, err := mig.Exec(ctx, "SET lock_timeout = '1s'; ALTER TABLE t ADD COLUMN x int")
		require.ErrorContains(t, err, "55P03")
		return stop()
	}

	require.Empty(t, try(), "the first look was still connecting when the lock timeout fired")
	require.Nil(t, w.aux)
	close(connecting)
	w.ready(ctx)
	require.NotNil(t, w.aux)
	bs := try()
	require.Len(t, bs, 1)
	require.Equal(t, holderPID, bs[0].PID)
	require.Equal(t, "nightly-dump", bs[0].Application)
	require.Equal(t, 2, dials, "the second try's look did not connect again")

	// A look whose query the server cancelled because the migration ended
	// keeps the idle connection; the next look uses it.
	aux := w.aux
	lctx, cancel := context.WithCancel(ctx)
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err = aux.conn.Exec(lctx, "SELECT pg_sleep(5)")
	var pgErr *pgconn.PgError
	require.ErrorAs(t, err, &pgErr)
	require.Equal(t, "57014", pgErr.Code)
	w.broken(lctx, err)
	require.Same(t, aux, w.aux)
	var one int
	require.NoError(t, aux.conn.QueryRow(ctx, "SELECT 1").Scan(&one))
	// Any other failure drops it.
	w.broken(ctx, io.ErrUnexpectedEOF)
	require.Nil(t, w.aux)
}
