package migrate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// Retries of a migration that hit its lock timeout or a deadlock: the
// lock timeout grows (the base for the first tries, then twice, then four
// times it), and the pause between tries grows from retryPauseFirst to
// retryPauseMax, jittered, within Config.RetryBudget.
const (
	retryPauseFirst = 500 * time.Millisecond
	retryPauseMax   = 30 * time.Second
)

// lockTimeoutFor is the lock_timeout of attempt n (1-based) given the base.
func lockTimeoutFor(base time.Duration, n int) time.Duration {
	switch {
	case n <= 3:
		return base
	case n <= 6:
		return 2 * base
	}
	return 4 * base
}

// retryPause is the pause after failed attempt n, jittered by ±50%.
func retryPause(n int) time.Duration {
	d := retryPauseFirst << min(n-1, 10)
	d = min(d, retryPauseMax)
	return d/2 + rand.N(d)
}

// lockWaitFailure reports whether err is a lock timeout or a deadlock of
// the migration (not of its status row: see ErrStatusTableBusy): its
// transaction was rolled back as a whole, and trying it again later may
// succeed.
func lockWaitFailure(err error) bool {
	var pgErr *pgconn.PgError
	if errors.Is(err, ErrStatusTableBusy) { // Runway's own statement: reported at once
		return false
	}
	return errors.As(err, &pgErr) && (pgErr.Code == "55P03" || pgErr.Code == "40P01")
}

// migrationTimeouts is the SQL setting a migration's transaction-local
// timeouts: lockTimeout (0: none) and Config's statement and
// idle-in-transaction timeouts.
func (e *executor) migrationTimeouts(lockTimeout time.Duration) string {
	var b strings.Builder
	set := func(name string, d time.Duration) {
		if d > 0 {
			b.WriteString("SET LOCAL " + name + " = '" + strconv.FormatInt(max(d.Milliseconds(), 1), 10) + "ms';\n")
		}
	}
	set("lock_timeout", lockTimeout)
	set("statement_timeout", e.timeouts.statement)
	set("idle_in_transaction_session_timeout", e.timeouts.idle)
	return b.String()
}

// timeouts are the timeouts of a module's migrations.
type timeouts struct {
	lock, statement, idle time.Duration // 0: none
}

// lockTimeout is mig's base lock timeout: its .sql.conf's, else Config's.
func (r *runner) lockTimeout(mig *migration) time.Duration {
	if mig.script != nil && mig.script.conf.lockTimeout != nil {
		return *mig.script.conf.lockTimeout
	}
	return r.cfg.MigrationLockTimeout
}

// errAppliedElsewhere ends the retries of a migration that another process
// applied meanwhile (PoolTransaction mode).
var errAppliedElsewhere = errors.New("applied by another process")

// applyRetrying applies a migration; a transactional one is tried again
// while it fails on a lock timeout or a deadlock and the retry budget
// lasts. Each failed try is logged with the sessions that blocked it; when
// the budget is spent the error is ErrMigrationBlocked naming them. relock,
// in PoolTransaction mode, opens the next try's lock transaction and says
// whether mig is still the first pending migration.
func (r *runner) applyRetrying(ctx context.Context, ex *executor, mig *migration, info *MigrationInfo, relock func() (bool, error)) (time.Duration, error) {
	transactional, err := r.transactional(mig)
	if err != nil {
		return 0, err
	}
	base := r.lockTimeout(mig)
	start := time.Now()
	rankRetried := false
	var (
		seen    []blocker // the latest blockers seen by any try: the last try's look may have come too late
		seenTry int
	)
	for n := 1; ; n++ {
		if n > 1 && relock != nil {
			if ok, err := relock(); err != nil || !ok {
				return 0, cmpErr(err, errAppliedElsewhere)
			}
		}
		ex.lockTimeout = 0
		if transactional && base > 0 {
			ex.lockTimeout = lockTimeoutFor(base, n)
		}
		stop := ex.watch.start(ctx, mig.name, watchFirst(ex.lockTimeout))
		row := ex.statusRow(mig, mig.version.String())
		d, err := ex.apply(ctx, mig, row, info, true)
		blockers := stop()
		if len(blockers) > 0 {
			seen, seenTry = blockers, n
		}
		if row.rank > 0 && transactional && !rankRetried && rankTaken(err) {
			// The migration wrote a status row itself, or a writer that does
			// not take the lock did. Its transaction was rolled back: if the
			// table, read again, still has it pending, it runs again once,
			// its rank computed in SQL; if not, someone else recorded it.
			rankRetried, ex.nextRank = true, 0
			if ok, rerr := r.stillFirstPending(ctx, mig); rerr != nil || !ok {
				return d, cmpErr(rerr, fmt.Errorf("the status table changed during the run: %s is no longer pending (a writer that does not take the migration lock?): %w",
					mig.name, err))
			}
			r.log.LogAttrs(ctx, slog.LevelWarn, "a row written to the status table during the migration took its rank; the migration was rolled back and runs again",
				slog.String("script", mig.name), slog.Int("rank", row.rank), slog.Any("error", err))
			n-- // not a lock-wait retry
			continue
		}
		if err == nil || !transactional || !lockWaitFailure(err) || r.cfg.RetryBudget < 0 {
			return d, err
		}
		pause := retryPause(n)
		if ctx.Err() != nil || time.Since(start)+pause > r.cfg.RetryBudget {
			by := blockersString(seen)
			if seenTry > 0 && seenTry < n {
				by += fmt.Sprintf(" (seen during try %d)", seenTry)
			}
			return d, fmt.Errorf("%w after %d tries in %s (retry budget %s): blocked by %s: %w",
				ErrMigrationBlocked, n, time.Since(start).Round(time.Millisecond), r.cfg.RetryBudget, by, err)
		}
		r.log.LogAttrs(ctx, slog.LevelWarn, "migration waited too long for a lock and was rolled back; trying again",
			slog.String("script", mig.name), slog.Int("attempt", n), slog.Int64("lock_timeout_ms", ex.lockTimeout.Milliseconds()),
			slog.String("blocked_by", blockersString(blockers)), slog.Int64("pause_ms", pause.Milliseconds()), slog.Any("error", err))
		t := time.NewTimer(pause)
		if ex.lockTimeout > 0 {
			// During the pause, and no longer (a Config.Pool to borrow
			// from may be full): the next try's look then only queries.
			pctx, cancel := context.WithTimeout(ctx, pause)
			ex.watch.ready(pctx)
			cancel()
		}
		select {
		case <-ctx.Done():
			t.Stop()
			return d, err
		case <-t.C:
		}
	}
}

// stillFirstPending reads the status table again, under the lock, and
// reports whether mig is still the first pending migration.
func (r *runner) stillFirstPending(ctx context.Context, mig *migration) (bool, error) {
	st, err := r.sess.read(ctx, r.src.table)
	if err != nil {
		return false, err
	}
	mi, err := r.mergeWith(st, nil)
	if err != nil {
		return false, err
	}
	p := mi.pending()
	return len(p) > 0 && p[0].res == mig, nil
}

// rankTaken reports whether err is the unique violation of a status insert:
// with a literal rank (see executor.nextRank), a row that the migration
// itself wrote to the status table took it.
func rankTaken(err error) bool {
	var se *statusStmtError
	var pgErr *pgconn.PgError
	return errors.As(err, &se) && errors.As(se.err, &pgErr) && pgErr.Code == "23505"
}

// watchFirst is when the watcher first looks for blockers: halfway to the
// lock timeout; without one, only the progress lines look.
func watchFirst(lockTimeout time.Duration) time.Duration {
	if lockTimeout <= 0 {
		return -1
	}
	return lockTimeout / 2
}
