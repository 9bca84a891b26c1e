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
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
)

// session is one pinned connection and what Run learned about it.
type session struct {
	conn        *pgx.Conn
	schema      string                    // default schema for status tables
	user        string                    // current_user
	database    string                    // current_database()
	serverMajor int                       // PostgreSQL major version, 0 if unknown
	release     func(ctx context.Context) // returns or closes the connection
	broken      bool                      // close instead of returning to a pool
}

// connector opens one connection per distinct database for the length of a
// Run and hands it to each module that uses that database, in turn.
type connector struct {
	cfg      Config
	sessions map[string]*session // by Module.DatabaseURL; "" is the Config's database
}

func newConnector(cfg Config) *connector {
	return &connector{cfg: cfg, sessions: map[string]*session{}}
}

// get returns the session for a module's database, connecting on first use.
func (c *connector) get(ctx context.Context, moduleURL string) (*session, error) {
	if s, ok := c.sessions[moduleURL]; ok {
		return s, nil
	}
	s := &session{}
	switch {
	case moduleURL == "" && c.cfg.Pool != nil:
		pc, err := c.cfg.Pool.Acquire(ctx)
		if err != nil {
			return nil, fmt.Errorf("acquiring a connection: %w", err)
		}
		s.conn = pc.Conn()
		s.release = func(ctx context.Context) {
			if s.broken {
				_ = pc.Hijack().Close(ctx)
				return
			}
			pc.Release()
		}
	default:
		url := moduleURL
		if url == "" {
			url = c.cfg.DatabaseURL
		}
		cc, err := pgx.ParseConfig(url)
		if err != nil {
			return nil, redactParseError(err)
		}
		if _, ok := cc.RuntimeParams["application_name"]; !ok {
			cc.RuntimeParams["application_name"] = "runway"
		}
		// On cancellation, ask the server to cancel the statement rather
		// than only dropping the connection: a backend busy in a long
		// statement would otherwise keep the advisory lock until it ends.
		cc.BuildContextWatcherHandler = func(pc *pgconn.PgConn) ctxwatch.Handler {
			return &pgconn.CancelRequestContextWatcherHandler{Conn: pc, CancelRequestDelay: 0, DeadlineDelay: 5 * time.Second}
		}
		conn, err := pgx.ConnectConfig(ctx, cc)
		if err != nil {
			return nil, err // pgconn's ConnectError names user, database and host, never the password
		}
		s.conn = conn
		s.release = func(ctx context.Context) { _ = conn.Close(ctx) }
	}
	var schema *string
	err := s.conn.QueryRow(ctx, `SELECT current_schema(), current_user, current_database()`, pgx.QueryExecModeSimpleProtocol).Scan(&schema, &s.user, &s.database)
	if err != nil {
		s.release(ctx)
		return nil, fmt.Errorf("reading session identity: %w", err)
	}
	major, _, _ := strings.Cut(s.conn.PgConn().ParameterStatus("server_version"), ".")
	s.serverMajor, _ = strconv.Atoi(major)
	s.schema = c.cfg.Schema
	if s.schema == "" {
		if schema == nil {
			s.release(ctx)
			return nil, configErr("the connection has no current schema (no schema of search_path exists): set Config.Schema")
		}
		s.schema = *schema
	}
	c.sessions[moduleURL] = s
	return s, nil
}

// close releases every session.
func (c *connector) close(ctx context.Context) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
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
