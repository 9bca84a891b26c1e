package migrate

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Runway's own statements on the status tables are bounded by
// Config.StatusTimeout: lock_timeout and statement_timeout are set for
// them with set_config(…, true), local to their transaction, so that the
// server's and the user's timeouts still apply to migrations. In a
// simple-protocol query of several statements, a setting made by the first
// holds for the following ones (each statement's timeout starts afresh),
// and for the transaction a BEGIN among them opens.

// boundSQL returns a statement setting lock_timeout and statement_timeout
// to d until the transaction ends; "" when d is negative (no bound; 0,
// which Config's defaults never leave, is none too).
func boundSQL(d time.Duration) string {
	if d <= 0 {
		return ""
	}
	return "SELECT " + boundExprs(d)
}

// boundExprs is the select list of boundSQL(d), d > 0.
func boundExprs(d time.Duration) string {
	v := quoteLiteral(strconv.FormatInt(max(d.Milliseconds(), 1), 10) + "ms")
	return "pg_catalog.set_config('lock_timeout', " + v + ", true), pg_catalog.set_config('statement_timeout', " + v + ", true)"
}

// bounded prefixes sql, sent as one simple-protocol query, with
// boundSQL(d).
func bounded(d time.Duration, sql string) string {
	if b := boundSQL(d); b != "" {
		return b + ";\n" + sql
	}
	return sql
}

// statusStmts returns the statements that write a status row (insert)
// after a migration's statements. In the migration's transaction (inTx),
// the timeouts the session had are saved and restored around the bounded
// insert, so that COMMIT (deferred triggers, constraint checks) keeps
// them; outside one, the insert goes with its bound in a query of its own.
// A timeout of the insert reads as ErrStatusTableBusy.
func statusStmts(d time.Duration, insert string, inTx bool) []stmt {
	if d <= 0 {
		return []stmt{{text: insert, status: true}}
	}
	if !inTx {
		return []stmt{{text: bounded(d, insert), status: true}}
	}
	return []stmt{
		{text: timeoutsSave},
		{text: boundSQL(d)},
		{text: insert, status: true},
		{text: timeoutsRestore},
	}
}

// timeoutsSave and timeoutsRestore keep the session's lock_timeout and
// statement_timeout in transaction-local custom settings across a bounded
// status insert.
const (
	timeoutsSave = "SELECT pg_catalog.set_config('runway.lock_timeout', pg_catalog.current_setting('lock_timeout'), true), " +
		"pg_catalog.set_config('runway.statement_timeout', pg_catalog.current_setting('statement_timeout'), true)"
	timeoutsRestore = "SELECT pg_catalog.set_config('lock_timeout', pg_catalog.current_setting('runway.lock_timeout'), true), " +
		"pg_catalog.set_config('statement_timeout', pg_catalog.current_setting('runway.statement_timeout'), true)"
)

// statusStmtError marks the failure of Runway's status insert among a
// migration's statements: its timeout is ErrStatusTableBusy, whereas a
// script's own timeouts are the script's failure. It reads as its cause.
type statusStmtError struct{ err error }

func (e *statusStmtError) Error() string { return e.err.Error() }
func (e *statusStmtError) Unwrap() error { return e.err }

// lockNeed is what a status statement does to its table, which says which
// other sessions' locks block it.
type lockNeed int

const (
	needRead   lockNeed = iota // AccessShareLock
	needWrite                  // RowExclusiveLock
	needAlter                  // AccessExclusiveLock
	needCreate                 // creating the table (a session creating it too blocks)
)

func (n lockNeed) verb() string {
	return [...]string{"reading", "writing to", "altering", "creating"}[n]
}

// blockingModes lists, as SQL literals, the lock modes that conflict with n.
func (n lockNeed) blockingModes() string {
	switch n {
	case needRead:
		return "'AccessExclusiveLock'"
	case needWrite:
		return "'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'"
	}
	return "'AccessShareLock', 'RowShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock', " +
		"'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'"
}

// lookupTimeout bounds the query that names blocking sessions.
const lookupTimeout = 5 * time.Second

// isTimeout reports whether err is a statement's lock_timeout
// (lock_not_available) or statement_timeout (query_canceled).
func isTimeout(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == "55P03" || pgErr.Code == "57014")
}

// statusBusy turns err, the failure of Runway's statement on status tables
// (names in schema, "" for the current schema), into an ErrStatusTableBusy
// error naming the sessions that hold or wait for conflicting locks on
// them, when it is a timeout that ctx did not cause. Other errors pass. A
// transaction the failure left open is rolled back first.
func (s *session) statusBusy(ctx context.Context, err error, need lockNeed, schema string, tables ...string) error {
	if !isTimeout(err) || ctx.Err() != nil || s.pg().IsClosed() {
		return err
	}
	s.rollback(ctx)
	names, blockers := s.findBlockers(ctx, need, schema, tables)
	if len(names) == 0 {
		for _, t := range tables {
			id := pgx.Identifier{schema, t}
			if schema == "" {
				id = id[1:]
			}
			names = append(names, id.Sanitize())
		}
	}
	within := "within the session's lock_timeout or statement_timeout"
	if s.bound > 0 {
		within = "within " + s.bound.String() + " (Config.StatusTimeout)"
	}
	by := "no blocking session found"
	if len(blockers) > 0 {
		by = "blocked by " + strings.Join(blockers, "; ")
	}
	return fmt.Errorf("%w: %s %s did not finish %s, %s: %w", ErrStatusTableBusy, need.verb(), strings.Join(names, ", "), within, by, err)
}

// findBlockers returns the status tables locked by other sessions in modes
// that conflict with need, and those sessions (at most 5), described. It
// runs after the timeout, when this session no longer waits: the sessions
// are those holding, or queued for, a conflicting lock. For needCreate,
// sessions holding an exclusive lock on a relation not yet visible (being
// created) count too. A query that mentions a password is not shown. A
// failed lookup returns nothing: it is only a hint.
func (s *session) findBlockers(ctx context.Context, need lockNeed, schema string, tables []string) (names, blockers []string) {
	ctx, cancel := context.WithTimeout(s.q(ctx), lookupTimeout)
	defer cancel()
	ns := "pg_catalog.current_schema()"
	if schema != "" {
		ns = quoteLiteral(schema)
	}
	rels := []string{"NULL"}
	for _, t := range tables {
		rels = append(rels, "pg_catalog.to_regclass(pg_catalog.quote_ident("+ns+") || '.' || pg_catalog.quote_ident("+quoteLiteral(t)+"))")
	}
	rows, err := s.conn.Query(ctx, `
SELECT l.pid, coalesce(n.nspname, ''), coalesce(c.relname, ''), coalesce(a.application_name, ''), coalesce(a.state, ''), l.mode, l.granted,
       CASE WHEN a.query ~* 'passw' THEN '(not shown: it mentions a password)'
            ELSE pg_catalog.regexp_replace(CASE WHEN length(a.query) > 200 THEN left(a.query, 199) || '…' ELSE coalesce(a.query, '') END, '[[:space:]]+', ' ', 'g') END
FROM pg_catalog.pg_locks l
JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
LEFT JOIN pg_catalog.pg_class c ON c.oid = l.relation
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE l.locktype = 'relation' AND l.pid <> pg_catalog.pg_backend_pid()
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())
  AND l.mode IN (`+need.blockingModes()+`)
  AND (l.relation IN (`+strings.Join(rels, ", ")+`)
       OR `+strconv.FormatBool(need == needCreate)+` AND c.oid IS NULL AND l.mode = 'AccessExclusiveLock')
ORDER BY l.granted DESC, l.pid
LIMIT 5`, pgx.QueryExecModeSimpleProtocol)
	if err != nil {
		return nil, nil
	}
	defer rows.Close()
	seen := map[string]bool{}
	for rows.Next() {
		var (
			pid                               int
			nsp, rel, app, state, mode, query string
			granted                           bool
		)
		if rows.Scan(&pid, &nsp, &rel, &app, &state, &mode, &granted, &query) != nil {
			return nil, nil
		}
		if rel != "" {
			rel = pgx.Identifier{nsp, rel}.Sanitize()
		}
		if rel != "" && !seen[rel] {
			seen[rel] = true
			names = append(names, rel)
		}
		holds := "holds "
		if !granted {
			holds = "waits for "
		}
		blockers = append(blockers, describeBlocker(pid, app, state, holds+mode, query))
	}
	return names, blockers
}

// stmtsSQL joins statements of Runway's own into one query.
func stmtsSQL(stmts []stmt) string {
	var b strings.Builder
	for _, s := range stmts {
		b.WriteString(s.text + ";\n")
	}
	return b.String()
}

// statusBusy turns the timeout of a migration's status insert (a
// statusStmtError) into ErrStatusTableBusy; other errors pass.
func (e *executor) statusBusy(ctx context.Context, err error) error {
	var se *statusStmtError
	if !errors.As(err, &se) {
		return err
	}
	return e.sess.statusBusy(ctx, err, needWrite, e.table.schema, e.table.name)
}

// describeBlocker formats a session holding or waiting for a lock. What
// pg_stat_activity hides from a role without pg_read_all_stats is said so.
func describeBlocker(pid int, app, state, lock, query string) string {
	parts := []string{}
	if app != "" {
		parts = append(parts, fmt.Sprintf("application %q", app))
	}
	if state != "" {
		parts = append(parts, state)
	}
	parts = append(parts, lock)
	if query == "<insufficient privilege>" {
		parts = append(parts, "its details are hidden from this role (pg_read_all_stats shows them)")
	} else {
		parts = append(parts, fmt.Sprintf("query %q", query))
	}
	return fmt.Sprintf("pid %d (%s)", pid, strings.Join(parts, ", "))
}
