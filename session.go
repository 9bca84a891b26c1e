package migrate

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
	"github.com/jackc/pgx/v5/pgxpool"
)

// cleanupTimeout bounds Runway's own clean-up statements (rollback,
// session restore, unlock) that run after ctx may have ended.
const cleanupTimeout = 10 * time.Second

// cancelGrace is how long a statement cancelled on the server has to
// report its outcome before the connection is closed.
const cancelGrace = 10 * time.Second

// session is one pinned connection and what Runway learned about it.
type session struct {
	conn        *pgx.Conn
	release     func(ctx context.Context) // returns or closes the connection
	borrowed    bool                      // from Config.Pool
	broken      bool                      // its state is unknown: close it
	dirty       bool                      // migrations or callbacks ran on it
	id          identity
	schema      string                // default schema for status tables
	serverMajor int                   // PostgreSQL major version, 0 if unknown
	history     map[string]statusRead // the first read, by table, for the unlocked checks
	qctx        context.Context       // while watched: the context of its statements
	bound       time.Duration         // Config.StatusTimeout
	backendPID  uint32                // pg_backend_pid() at the first read
	pooler      bool                  // a connection pooler answered: the backend's pid is not the announced one
	pooled      bool                  // PoolTransaction is in effect: no state is kept in the session
	execMode    bool                  // statements never use named prepared statements
	// dial opens another connection to the same database (exec: with
	// QueryExecModeExec), for the lock of PoolTransaction and to reopen
	// this one without named prepared statements.
	dial func(ctx context.Context, exec bool) (*session, error)
}

// pg returns the session's low-level connection.
func (s *session) pg() *pgconn.PgConn { return s.conn.PgConn() }

// fail records that a statement of Runway's own failed with err: the
// session's state is unknown, so it is closed rather than reused. It is
// the one place that decides that a session is broken.
func (s *session) fail(err error) error {
	if err != nil {
		s.broken = true
	}
	return err
}

// exec runs Runway's own SQL, bounded by cleanupTimeout and not by ctx,
// which may have ended (rollback, restore, unlock, recording a failure).
func (s *session) exec(ctx context.Context, sql string) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
	defer cancel()
	_, err := s.pg().Exec(ctx, sql).ReadAll()
	return s.fail(err)
}

// lost turns the error of a connection that is gone into ErrConnectionLost,
// saying that the outcome of what was in flight is not known: the next run
// reads the status table again before doing anything. Other errors pass.
func (s *session) lost(err error) error {
	if err == nil || !s.pg().IsClosed() {
		return err
	}
	s.broken = true
	return fmt.Errorf("%w (the migration in flight may or may not have committed; the next run reads the status table again): %w", ErrConnectionLost, err)
}

// run sends Runway's own SQL under the session's statement context.
func (s *session) run(ctx context.Context, sql string) error {
	_, err := s.pg().Exec(s.q(ctx), sql).ReadAll()
	return s.fail(err)
}

// rollback ends a transaction a failed migration left open.
func (s *session) rollback(ctx context.Context) {
	if s.pg().TxStatus() != 'I' {
		_ = s.exec(ctx, "ROLLBACK")
	}
}

// watch makes the session's statements outlive ctx while a module is
// worked on, so that ending ctx cancels them on the server and Runway still
// sees their outcome (pgx would only drop a pooled connection, leaving the
// backend, its statement and its locks running): statements run under
// s.q(ctx), which ends cancelGrace after ctx does; when ctx ends, a cancel
// request goes to the server once. Callers check ctx before starting new
// work. stop ends the watch; if the grace ran out, the session is broken.
func (s *session) watch(ctx context.Context) (stop func()) {
	qctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.qctx = qctx
	if ctx.Done() == nil {
		return func() { s.qctx = nil; cancel() }
	}
	var (
		wg      sync.WaitGroup
		expired bool
		done    = make(chan struct{})
	)
	wg.Go(func() {
		select {
		case <-done:
			return
		case <-ctx.Done():
		}
		cctx, ccancel := context.WithTimeout(qctx, cancelGrace)
		_ = s.pg().CancelRequest(cctx)
		ccancel()
		t := time.NewTimer(cancelGrace)
		defer t.Stop()
		select {
		case <-done:
		case <-t.C:
			expired = true
			cancel() // pgx closes the connection: the outcome is unknown
		}
	})
	return func() {
		close(done)
		wg.Wait()
		s.qctx = nil
		cancel()
		if expired {
			s.broken = true
		}
	}
}

// q returns the context for the session's statements: the watch's while a
// module is worked on, else ctx.
func (s *session) q(ctx context.Context) context.Context {
	if s.qctx != nil {
		return s.qctx
	}
	return ctx
}

// withCause adds ctx's error to err when ctx ended and caused err: a
// failure the context did not cause does not mention it.
func withCause(ctx context.Context, err error) error {
	if err == nil || ctx.Err() == nil || errors.Is(err, ctx.Err()) || !causedByCancel(err) {
		return err
	}
	return fmt.Errorf("%w (%w)", err, context.Cause(ctx))
}

// causedByCancel reports whether err is what a cancelled statement gives
// (query_canceled), or a failure of the connection rather than of SQL (a
// connection closed once the grace period ran out).
func causedByCancel(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code == "57014"
	}
	return true
}

// connector opens one session per distinct database for the length of a
// run and hands it to each module that uses that database, in turn.
type connector struct {
	cfg      *Config
	sessions map[string]*session // by Module.DatabaseURL; "" is the Config's database
	failed   error               // Run's early connection to the Config's database failed so: the next get of "" returns it
}

func newConnector(cfg *Config) *connector {
	return &connector{cfg: cfg, sessions: map[string]*session{}}
}

// get returns the session for a module's database, connecting on first
// use and reading the identity and the status tables of every module
// sharing it in one query.
func (c *connector) get(ctx context.Context, moduleURL string, tables []string) (*session, error) {
	if err := c.failed; err != nil && moduleURL == "" {
		c.failed = nil
		return nil, err
	}
	if s, ok := c.sessions[moduleURL]; ok && !s.broken {
		return s, nil
	} else if ok { // a failed module left it unusable: start afresh
		s.release(ctx)
		delete(c.sessions, moduleURL)
	}
	s, err := c.connect(ctx, moduleURL, c.cfg.PoolMode == PoolTransaction)
	if err != nil {
		return nil, err
	}
	s.bound = c.cfg.StatusTimeout
	if err := s.load(ctx, c.cfg.Schema, tables); err != nil {
		s.release(ctx)
		return nil, err
	}
	c.poolMode(ctx, s)
	if s.pooled {
		if err := s.useExecMode(ctx, c.cfg.Logger); err != nil {
			s.release(ctx)
			return nil, err
		}
	}
	c.sessions[moduleURL] = s
	return s, nil
}

// poolMode decides whether s works in PoolTransaction mode, and says so
// when a pooler was found.
func (c *connector) poolMode(ctx context.Context, s *session) {
	log := c.cfg.Logger
	switch {
	case c.cfg.PoolMode == PoolTransaction:
		s.pooled = true
	case !s.pooler:
	case c.cfg.PoolMode == PoolAuto:
		s.pooled = true
		log.LogAttrs(ctx, slog.LevelInfo, "connection pooler detected: using transaction-level advisory locks (set PoolMode to session or transaction to choose)",
			slog.Uint64("backend_pid", uint64(s.backendPID)), slog.Uint64("announced_pid", uint64(s.pg().PID())))
	default:
		log.LogAttrs(ctx, slog.LevelWarn, "connection pooler detected while PoolMode is session: the session-level advisory lock is only safe if the pooler runs session pooling; with transaction pooling set PoolMode to transaction",
			slog.Uint64("backend_pid", uint64(s.backendPID)), slog.Uint64("announced_pid", uint64(s.pg().PID())))
	}
}

// useExecMode makes sure the session's statements use no named prepared
// statement (a pooler in transaction mode may run the next statement on
// another server): a connection opened with the statement cache (a pooler
// found by PoolAuto) is replaced by a new one, which through a pooler costs
// no new server connection. A borrowed connection is kept, with a warning
// if its pool caches statements.
func (s *session) useExecMode(ctx context.Context, log *slog.Logger) error {
	if s.execMode || s.pg().TxStatus() != 'I' {
		return nil
	}
	if s.borrowed {
		if m := s.conn.Config().DefaultQueryExecMode; m == pgx.QueryExecModeCacheStatement || m == pgx.QueryExecModeCacheDescribe {
			log.LogAttrs(ctx, slog.LevelWarn, "Config.Pool caches prepared statements, which a pooler in transaction mode breaks: Go steps may fail; set its DefaultQueryExecMode to QueryExecModeExec")
		}
		s.execMode = true
		return nil
	}
	n, err := s.dial(ctx, true)
	if err != nil {
		return err
	}
	s.release(ctx)
	s.conn, s.release, s.execMode = n.conn, n.release, true
	return nil
}

// connect opens or borrows a connection; exec: one that never uses named
// prepared statements.
func (c *connector) connect(ctx context.Context, moduleURL string, exec bool) (*session, error) {
	dial := func(ctx context.Context, exec bool) (*session, error) { return c.connect(ctx, moduleURL, exec) }
	if moduleURL == "" && c.cfg.Pool != nil {
		s, err := borrow(ctx, c.cfg.Pool)
		if err == nil {
			s.dial = dial
		}
		return s, err
	}
	cc, err := pgx.ParseConfig(cmp.Or(moduleURL, c.cfg.DatabaseURL))
	if err != nil {
		return nil, redactParseError(err)
	}
	if _, ok := cc.RuntimeParams["application_name"]; !ok {
		cc.RuntimeParams["application_name"] = "runway"
	}
	if cc.ConnectTimeout == 0 && c.cfg.ConnectTimeout > 0 {
		cc.ConnectTimeout = c.cfg.ConnectTimeout
	}
	if exec {
		cc.DefaultQueryExecMode = pgx.QueryExecModeExec
		cc.StatementCacheCapacity, cc.DescriptionCacheCapacity = 0, 0
	}
	// On cancellation outside guard, ask the server to cancel the statement
	// rather than only dropping the connection.
	cc.BuildContextWatcherHandler = func(pc *pgconn.PgConn) ctxwatch.Handler {
		return &pgconn.CancelRequestContextWatcherHandler{Conn: pc, CancelRequestDelay: 0, DeadlineDelay: 5 * time.Second}
	}
	conn, err := connectRetrying(ctx, cc, c.cfg.RetryConnect, c.cfg.Logger)
	if err != nil {
		return nil, err // pgconn's ConnectError names user, database and host, never the password
	}
	return &session{conn: conn, release: func(ctx context.Context) { _ = conn.Close(ctx) }, execMode: exec, dial: dial}, nil
}

// borrow acquires a connection from the application's pool. It goes back
// only if nothing but Runway's reads and its lock ran on it.
func borrow(ctx context.Context, pool *pgxpool.Pool) (*session, error) {
	pc, err := pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("acquiring a connection: %w", err)
	}
	s := &session{conn: pc.Conn(), borrowed: true}
	s.release = func(ctx context.Context) {
		if s.broken || s.dirty || s.pg().TxStatus() != 'I' {
			_ = pc.Hijack().Close(ctx)
			return
		}
		pc.Release()
	}
	return s, nil
}

// postLater drops duplicates from tables and returns the post-deploy
// tables among them (<table>_post of another of them): the first query
// only says whether they exist, and one that does is read by a second, so
// that a missing one (the usual case) costs neither a round trip nor an
// error in the server's log.
func postLater(tables []string) ([]string, map[string]bool) {
	seen := make(map[string]bool, len(tables))
	out := tables[:0:0]
	for _, t := range tables {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	var later map[string]bool
	for _, t := range out {
		if base, ok := strings.CutSuffix(t, postSuffix); ok && seen[base] {
			if later == nil {
				later = map[string]bool{}
			}
			later[t] = true
		}
	}
	return out, later
}

// load reads the session's identity and the status tables.
func (s *session) load(ctx context.Context, schema string, tables []string) error {
	tables, later := postLater(tables)
	h, err := readHistories(ctx, s.pg(), schema, tables, later, s.bound, false)
	if err != nil {
		return s.fail(s.statusBusy(ctx, err, needRead, schema, tables...))
	}
	major, _, _ := strings.Cut(s.pg().ParameterStatus("server_version"), ".")
	s.serverMajor, _ = strconv.Atoi(major)
	s.id, s.history = h.identity, h.tables
	s.backendPID, s.pooler = h.pid, h.pid != 0 && h.pid != s.pg().PID()
	if h.schema == nil {
		return configErr("the connection has no current schema (no schema of search_path exists): set Config.Schema")
	}
	s.schema = *h.schema
	return nil
}

// read reads one status table again (under its lock). In PoolTransaction
// mode the read may run in the transaction that took the lock, begun
// before the lock was granted: it refreshes the catalog caches first (see
// historiesSQL).
func (s *session) read(ctx context.Context, table string) (statusRead, error) {
	prev, known := s.history[table]
	h, err := readHistories(s.q(ctx), s.pg(), s.schema, []string{table}, map[string]bool{table: known && !prev.exists}, s.bound, s.pooled)
	if err != nil {
		return statusRead{}, s.fail(s.statusBusy(ctx, err, needRead, s.schema, table))
	}
	s.history[table] = h.tables[table]
	return h.tables[table], nil
}

// close releases every session.
func (c *connector) close(ctx context.Context) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
	defer cancel()
	for _, s := range c.sessions {
		s.release(ctx)
	}
}

// redactParseError replaces pgconn's parse error, whose text quotes the
// connection string, with one that quotes only what was wrong.
func redactParseError(err error) error {
	var pce *pgconn.ParseConfigError
	if !errors.As(err, &pce) {
		return configErr("invalid database URL")
	}
	msg := pce.Error()
	if i := strings.LastIndex(msg, "`: "); i >= 0 {
		msg = msg[i+3:]
	} else {
		msg = "cannot parse"
	}
	if inner := errors.Unwrap(pce); inner != nil && strings.Contains(msg, inner.Error()) {
		msg = strings.TrimSuffix(msg, " ("+inner.Error()+")")
		return fmt.Errorf("%w: invalid database URL: %s: %w", ErrInvalidConfig, msg, inner)
	}
	return configErr("invalid database URL: %s", msg)
}

// sessionRestore is SQL that puts the session back as it was when a
// module started: beforeEach runs before every migration (and sets
// search_path to Config.Schema when set), original before the connection
// is given back.
type sessionRestore struct {
	beforeEach, original string
	// outsideTx, in PoolTransaction mode on a direct connection, replaces
	// beforeEach for what runs outside a transaction (empty: beforeEach).
	outsideTx string
}

// pooledRestore is the sessionRestore of PoolTransaction mode, sent inside
// each migration's transaction (which is also the lock's): RESET ROLE and
// RESET ALL put the session back as it started, clearing what the reads in
// that transaction set locally (search_path, DateStyle, their timeouts) and
// what a previous script set on the pooler's server connection; sent again
// before the status row, they leave that connection clean for the pooler's
// next client. With setSearchPath, search_path then gets the schema in
// front, for the transaction.
func pooledRestore(schema string, setSearchPath bool) sessionRestore {
	r := "RESET ROLE; RESET ALL"
	if setSearchPath {
		quoted := quoteLiteral(pgx.Identifier{schema}.Sanitize())
		r += "; SELECT set_config('search_path', " + quoted + " || ', ' || current_setting('search_path'), true)"
	}
	out := "RESET ROLE; RESET ALL"
	if setSearchPath {
		// Outside a transaction the setting must be the session's: on a
		// direct connection; the next migration's RESET ALL takes it back.
		out += "; SELECT set_config('search_path', " + quoteLiteral(pgx.Identifier{schema}.Sanitize()) + " || ', ' || current_setting('search_path'), false)"
	}
	return sessionRestore{beforeEach: r, outsideTx: out}
}

// captureRestore reads the session state a migration may change (session
// authorization, role and every setting changed with SET) and returns SQL
// that restores it. The order matters: back to the login role first, so
// that settings only it may change can be set, then the captured role.
func captureRestore(ctx context.Context, conn *pgx.Conn, schema string, setSearchPath bool) (sessionRestore, error) {
	var (
		role, sets, path string
		sameAuth         bool
	)
	err := conn.QueryRow(ctx, `
SELECT current_setting('role'), current_setting('search_path'), session_user = $1,
       coalesce(string_agg(format('SELECT set_config(%L, %L, false)', name, setting), '; '), '')
FROM pg_settings WHERE source = 'session'`, pgx.QueryExecModeSimpleProtocol, conn.Config().User).Scan(&role, &path, &sameAuth, &sets)
	if err != nil {
		return sessionRestore{}, fmt.Errorf("reading session settings: %w", err)
	}
	var b strings.Builder
	if sameAuth {
		b.WriteString("SET SESSION AUTHORIZATION DEFAULT; ")
	}
	b.WriteString("RESET ROLE; RESET ALL")
	if sets != "" {
		b.WriteString("; " + sets)
	}
	if role != "none" {
		b.WriteString("; SET ROLE " + pgx.Identifier{role}.Sanitize())
	}
	r := sessionRestore{original: b.String(), beforeEach: b.String()}
	if setSearchPath {
		// As Flyway does: the schema first, then the original search path,
		// so that objects in public (PostGIS types) stay visible.
		quoted := pgx.Identifier{schema}.Sanitize()
		if first, _, _ := strings.Cut(path, ","); strings.TrimSpace(first) != quoted && strings.TrimSpace(first) != schema {
			path = quoted + ", " + path
		}
		r.beforeEach += "; SELECT set_config('search_path', " + quoteLiteral(path) + ", false)"
	}
	return r, nil
}
