package migrate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"
	"unicode/utf16"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// flywayLockBase is the number Flyway adds to a table's hash to form its
// advisory lock key: "Flyway" in ASCII.
const flywayLockBase = 0x466C79776179

// lockKey returns the advisory lock key Flyway uses for a status table: the
// Java String.hashCode of the quoted, schema-qualified table name added to
// flywayLockBase. Runway and Flyway processes migrating the same table
// therefore exclude each other.
func lockKey(t statusTable) int64 {
	var h int32
	for _, u := range utf16.Encode([]rune(t.ident())) {
		h = 31*h + int32(u)
	}
	return flywayLockBase + int64(h)
}

// Lock polling backs off from the first to the last interval.
const (
	lockPollFirst = 25 * time.Millisecond
	lockPollMax   = time.Second
)

// lockHolder describes the session holding an advisory lock.
type lockHolder struct {
	PID         int
	User        string
	Application string
	Client      string
	State       string
	Since       time.Time // backend start
}

func (h *lockHolder) String() string {
	if h == nil {
		return "unknown session"
	}
	s := fmt.Sprintf("pid %d (user %q", h.PID, h.User)
	if h.Application != "" {
		s += fmt.Sprintf(", application %q", h.Application)
	}
	if h.Client != "" {
		s += ", client " + h.Client
	}
	return s + fmt.Sprintf(", %s, connected since %s)", h.State, h.Since.UTC().Format(time.RFC3339))
}

// acquireLock takes the advisory lock key. With try nil it takes the
// session-level lock on conn: one attempt, then, if another session holds
// it, a wait on the server (pg_advisory_lock under a lock_timeout), which
// wakes the moment the lock is released, so that replicas waiting behind
// one that migrates follow each other without a polling delay. With try,
// it polls try (PoolTransaction: a waiting process holds no transaction
// between attempts) with backoff. Either way it gives up when ctx ends or
// timeout passes (negative: no timeout), and logs once who holds the lock.
// Its statements run under q, the session's statement context; ctx bounds
// the wait.
func acquireLock(ctx, q context.Context, conn *pgx.Conn, key int64, timeout time.Duration, log *slog.Logger, try func(q context.Context) (bool, error)) error {
	block := try == nil
	if block {
		try = func(q context.Context) (ok bool, err error) {
			err = conn.QueryRow(q, `SELECT pg_try_advisory_lock($1)`, pgx.QueryExecModeSimpleProtocol, key).Scan(&ok)
			return ok, err
		}
	}
	start := time.Now()
	wait := lockPollFirst
	logged := false
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("waiting for migration lock: %w", err)
		}
		ok, err := try(q)
		if err != nil {
			return fmt.Errorf("taking migration lock: %w", err)
		}
		if ok {
			if logged {
				log.LogAttrs(ctx, slog.LevelInfo, "migration lock acquired", slog.Int64("lock_key", key), slog.Int64("waited_ms", time.Since(start).Milliseconds()))
			}
			return nil
		}
		if timeout >= 0 && time.Since(start) >= timeout {
			holder := findLockHolder(q, conn, key)
			return fmt.Errorf("%w after %s (lock key %d is held by %s)", ErrLockTimeout, timeout, key, holder)
		}
		if !logged {
			logged = true
			log.LogAttrs(ctx, slog.LevelInfo, "waiting for migration lock", slog.Int64("lock_key", key), slog.String("holder", findLockHolder(q, conn, key).String()))
		}
		if block {
			return waitLock(ctx, q, conn, key, timeout, start, log)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("waiting for migration lock: %w", ctx.Err())
		case <-t.C:
		}
		wait = min(2*wait, lockPollMax)
	}
}

// lockWaitSlice bounds each wait on the server for the session lock. A
// waiting statement holds a snapshot, and a CREATE INDEX CONCURRENTLY that
// the lock's holder runs waits for every transaction older than its own:
// one long wait would deadlock with it, short ones only delay it. It stays
// under the server's deadlock_timeout (1 s by default).
const lockWaitSlice = 100 * time.Millisecond

// waitLock waits on the server for the session-level lock key, for what is
// left of timeout (negative: no bound), in slices of lockWaitSlice: each a
// pg_advisory_lock in a statement whose transaction-local lock_timeout
// ends it. It wakes the moment the lock is released. Ending ctx cancels
// the running slice on the server.
func waitLock(ctx, q context.Context, conn *pgx.Conn, key int64, timeout time.Duration, start time.Time, log *slog.Logger) error {
	for {
		slice := lockWaitSlice
		if timeout >= 0 {
			left := timeout - time.Since(start)
			if left <= 0 {
				holder := findLockHolder(q, conn, key)
				return fmt.Errorf("%w after %s (lock key %d is held by %s)", ErrLockTimeout, timeout, key, holder)
			}
			slice = min(slice, left)
		}
		bound := strconv.FormatInt(max(slice.Milliseconds(), 1), 10) + "ms"
		_, err := conn.Exec(q, `SELECT set_config('lock_timeout', $1, true), pg_advisory_lock($2)`, pgx.QueryExecModeSimpleProtocol, bound, key)
		var pgErr *pgconn.PgError
		switch {
		case err == nil:
			log.LogAttrs(ctx, slog.LevelInfo, "migration lock acquired", slog.Int64("lock_key", key), slog.Int64("waited_ms", time.Since(start).Milliseconds()))
			return nil
		case ctx.Err() != nil:
			return fmt.Errorf("waiting for migration lock: %w (%w)", ctx.Err(), err)
		case errors.As(err, &pgErr) && (pgErr.Code == "55P03" || pgErr.Code == "40P01"):
			continue // the slice ended (or the server broke a deadlock): wait again
		}
		return fmt.Errorf("waiting for migration lock: %w", err)
	}
}

// findLockHolder looks up the session holding advisory lock key in this
// database (advisory locks are per database: other databases of the server
// hold the same keys for their own status tables). It returns
// nil if the lock is free again or the lookup failed (it is only a hint).
func findLockHolder(ctx context.Context, conn *pgx.Conn, key int64) *lockHolder {
	var h lockHolder
	err := conn.QueryRow(ctx, `
SELECT a.pid, coalesce(a.usename, ''), coalesce(a.application_name, ''),
       coalesce(host(a.client_addr), ''), coalesce(a.state, ''), a.backend_start
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid::bigint = $1 AND l.objid::bigint = $2
LIMIT 1`, pgx.QueryExecModeSimpleProtocol, int64(uint64(key)>>32), int64(uint64(key)&0xFFFFFFFF)).Scan(&h.PID, &h.User, &h.Application, &h.Client, &h.State, &h.Since)
	if err != nil {
		return nil
	}
	return &h
}

// releaseLock releases the advisory lock even when ctx is already canceled.
func releaseLock(ctx context.Context, conn *pgx.Conn, key int64) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_advisory_unlock($1)`, pgx.QueryExecModeSimpleProtocol, key).Scan(&ok); err != nil {
		return err
	}
	if !ok {
		return errors.New("the lock was not held by this session")
	}
	return nil
}
