package migrate_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// createRole creates a login role for one test (roles are cluster-wide).
func createRole(t *testing.T, b *bundle, name string) {
	t.Helper()
	_, err := b.pool.Exec(t.Context(), `DROP ROLE IF EXISTS `+pgx.Identifier{name}.Sanitize())
	require.NoError(t, err)
	_, err = b.pool.Exec(t.Context(), `CREATE ROLE `+pgx.Identifier{name}.Sanitize()+` LOGIN`)
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := context.Background()
		_, _ = b.pool.Exec(ctx, `DROP OWNED BY `+pgx.Identifier{name}.Sanitize())
		_, _ = b.pool.Exec(ctx, `DROP ROLE IF EXISTS `+pgx.Identifier{name}.Sanitize())
	})
}

// asRole returns the test database URL logging in as role.
func asRole(t *testing.T, url, role string) string {
	t.Helper()
	cfg, err := pgx.ParseConfig(url)
	require.NoError(t, err)
	return fmt.Sprintf("postgres://%s@%s:%d/%s?sslmode=disable", role, cfg.Host, cfg.Port, cfg.Database)
}

// An application role that may create tables in public but not schemas in
// the database (PostgreSQL's default for non-owners) can migrate.
func TestApplicationRoleWithoutCreateOnDatabase(t *testing.T) {
	t.Parallel()
	b := setup(t)
	createRole(t, b, "runway_app")
	_, err := b.pool.Exec(t.Context(), `GRANT USAGE, CREATE ON SCHEMA public TO runway_app`)
	require.NoError(t, err)
	cfg := b.config(oskariModules()...)
	cfg.DatabaseURL = asRole(t, b.url, "runway_app")
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 16, res.Applied())
	var owner string
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT tableowner FROM pg_tables WHERE tablename = 'oskari_status'`).Scan(&owner))
	require.Equal(t, "runway_app", owner)
}

// A script's own transaction control never separates its effects from its
// status row: BEGIN and COMMIT are dropped (the migration's transaction
// stands for them), ROLLBACK and ABORT are refused before anything runs.
func TestScriptEndingItsTransaction(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		script  string
		wantErr error    // nil: the migration succeeds, atomically
		tables  []string // tables that exist afterwards
	}{
		"rollback":            {"CREATE TABLE x1 (id int);\nROLLBACK;\nCREATE TABLE x2 (id int);\n", migrate.ErrTransactionEnded, nil},
		"abort":               {"CREATE TABLE x1 (id int);\nABORT;\n", migrate.ErrTransactionEnded, nil},
		"commit":              {"CREATE TABLE x1 (id int);\nCOMMIT;\nCREATE TABLE x2 (id int);\n", nil, []string{"x1", "x2"}},
		"begin, commit":       {"BEGIN;\nCREATE TABLE x1 (id int);\nCOMMIT;\n", nil, []string{"x1"}},
		"commit then begin":   {"CREATE TABLE x1 (id int);\nCOMMIT;\nBEGIN;\nCREATE TABLE x2 (id int);\n", nil, []string{"x1", "x2"}},
		"commit then failure": {"CREATE TABLE x1 (id int);\nCOMMIT;\nSELECT 1/0;\n", nil, nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			b := setup(t)
			mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__tx.sql": {Data: []byte(tt.script)}}}
			_, err := migrate.Run(t.Context(), b.config(mod))
			switch {
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
			case tt.tables == nil:
				require.Error(t, err)
			default:
				require.NoError(t, err)
			}
			require.Len(t, b.rows(t, "oskari_status"), len(tt.tables[:min(1, len(tt.tables))]), "a row if and only if the effects")
			for _, table := range []string{"x1", "x2"} {
				require.Equal(t, slices.Contains(tt.tables, table), b.tableExists(t, table), table)
			}
		})
	}
}

// A COMMIT the splitter cannot see (a procedure that commits, called from
// a script) still cannot leave a status row without its effects: the guard
// after the script refuses.
func TestHiddenCommitIsCaught(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__proc.sql": {Data: []byte("CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$;\n")},
		"V2__call.sql": {Data: []byte("CREATE TABLE x1 (id int);\nCALL p();\n")},
	}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.Error(t, err) // PostgreSQL refuses COMMIT in a procedure called inside a transaction block
	require.Len(t, b.rows(t, "oskari_status"), 1)
	require.False(t, b.tableExists(t, "x1"))
}

// A pooled connection with settings from AfterConnect (one that only the
// login role may set, and SET ROLE) migrates, and goes back to the pool as
// it came, also with Config.Schema set.
func TestPooledSessionSettingsRestored(t *testing.T) {
	t.Parallel()
	b := setup(t)
	createRole(t, b, "runway_owner")
	_, err := b.pool.Exec(t.Context(), `CREATE SCHEMA app AUTHORIZATION runway_owner; CREATE DOMAIN public.geom_like AS text`)
	require.NoError(t, err)

	poolCfg, err := pgxpool.ParseConfig(b.url)
	require.NoError(t, err)
	poolCfg.MaxConns = 1
	poolCfg.AfterConnect = func(ctx context.Context, conn *pgx.Conn) error {
		_, err := conn.Exec(ctx, `SET log_statement = 'ddl'; SET statement_timeout = '30s'; SET ROLE runway_owner`)
		return err
	}
	pool, err := pgxpool.NewWithConfig(t.Context(), poolCfg)
	require.NoError(t, err)
	defer pool.Close()

	before := sessionState(t, pool)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		// Unqualified names: created in app, and a type from public still
		// resolves (Flyway prepends the schema to search_path).
		"V1__a.sql": {Data: []byte("CREATE TABLE a (id int, g geom_like);\nSET statement_timeout = 1;\nSET search_path = '';\n")},
		"V2__b.sql": {Data: []byte("SELECT pg_sleep(0.01);\nCREATE TABLE b (id int);\n")},
	}})
	cfg.DatabaseURL, cfg.Pool, cfg.Schema = "", pool, "app"
	_, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, before, sessionState(t, pool))

	var n int
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT count(*) FROM pg_tables WHERE schemaname = 'app' AND tableowner = 'runway_owner'`).Scan(&n))
	require.Equal(t, 3, n, "a, b and the status table, created in app by the pool's role")
}

func sessionState(t *testing.T, pool *pgxpool.Pool) string {
	t.Helper()
	var s string
	require.NoError(t, pool.QueryRow(t.Context(), `SELECT concat_ws(' | ', current_user, current_setting('search_path'),
		current_setting('log_statement'), current_setting('statement_timeout'))`).Scan(&s))
	return s
}

// Scripts that drop prepared statements (DEALLOCATE ALL, DISCARD ALL is
// not allowed in a transaction) must not break Runway's own queries on the
// pinned connection.
func TestDeallocateAllInScript(t *testing.T) {
	t.Parallel()
	b := setup(t)
	_, err := migrate.Run(t.Context(), b.config(
		migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("DEALLOCATE ALL;")}}},
		migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}},
	))
	require.NoError(t, err)
}

// Canceling the context during a migration rolls it back, releases the
// lock and leaves no row.
func TestCancelDuringMigration(t *testing.T) {
	t.Parallel()
	b := setup(t)
	ctx, cancel := context.WithCancel(t.Context())
	started := make(chan struct{})
	mod := migrate.Module{Name: "core", Steps: []migrate.Step{
		step("1", "ok", "CREATE TABLE done (id int)"),
		{Version: "2", Up: func(ctx context.Context, tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `CREATE TABLE half (id int)`); err != nil {
				return err
			}
			close(started)
			_, err := tx.Exec(ctx, `SELECT pg_sleep(30)`)
			return err
		}},
	}}
	go func() { <-started; cancel() }()
	_, err := migrate.Run(ctx, b.config(mod))
	require.ErrorIs(t, err, context.Canceled)
	require.True(t, b.tableExists(t, "done"))
	require.False(t, b.tableExists(t, "half"))
	require.Len(t, b.rows(t, "oskari_status"), 1)
	var locks int
	require.Eventually(t, func() bool {
		return b.pool.QueryRow(t.Context(), `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&locks) == nil && locks == 0
	}, 10*time.Second, 20*time.Millisecond)
}

// A name too long for PostgreSQL's identifiers is refused before anything
// runs, instead of colliding truncated index names.
func TestLimitsCheckedUpFront(t *testing.T) {
	t.Parallel()
	long := "a_module_name_long_enough_to_overflow_the_identifiers"
	_, err := migrate.Run(t.Context(), migrate.Config{Modules: []migrate.Module{{Name: long, Steps: []migrate.Step{step("1", "", "")}}}})
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	require.Contains(t, err.Error(), "63 bytes")

	_, err = migrate.Run(t.Context(), migrate.Config{Modules: []migrate.Module{{Name: "m", Steps: []migrate.Step{
		step("1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21", "", ""),
	}}}})
	require.ErrorIs(t, err, migrate.ErrInvalidName)
	require.Contains(t, err.Error(), "50 characters")
}

// The boot reads a status table with SELECT on Flyway's columns alone: a
// role that may not read a column someone added to the table still boots,
// validates and lists its migrations, and the table is not mistaken for
// Flyway 3's layout (which the boot tells from the table's row type, not
// by reading it).
func TestStatusReadNeedsOnlyFlywayColumns(t *testing.T) {
	t.Parallel()
	b := setup(t)
	ctx := t.Context()
	cfg := b.config(oskariModules()...)
	res, err := migrate.Run(ctx, cfg)
	require.NoError(t, err)
	require.Equal(t, 16, res.Applied())
	var db string
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT current_database()").Scan(&db))
	role := db + "_columns"
	createRole(t, b, role)
	for _, mr := range res.Modules {
		_, err := b.pool.Exec(ctx, `ALTER TABLE `+mr.StatusTable+` ADD COLUMN audit_note text`)
		require.NoError(t, err)
		_, err = b.pool.Exec(ctx, `GRANT SELECT (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) ON `+mr.StatusTable+` TO `+pgx.Identifier{role}.Sanitize())
		require.NoError(t, err)
	}
	cfg.DatabaseURL = asRole(t, b.url, role)
	res, err = migrate.Run(ctx, cfg)
	require.NoError(t, err)
	require.Zero(t, res.Applied())
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	require.NoError(t, m.Validate(ctx))
	status, err := m.Info(ctx)
	require.NoError(t, err)
	require.Len(t, status, len(res.Modules))
	for _, st := range status {
		require.NotEmpty(t, st.Version, st.Module)
		require.Empty(t, st.Pending(), st.Module)
	}
}
