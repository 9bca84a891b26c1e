package migrate_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	migrate "github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgtest"
)

// pooledModules are two modules whose every migration leaves one row in
// effects, so that a migration applied twice shows: insert-only scripts and
// a Go step; the last builds an index outside a transaction.
func pooledModules(n int) []migrate.Module {
	var mods []migrate.Module
	for _, name := range []string{"core", "myplaces"} {
		files := fstest.MapFS{}
		files["V1__effects.sql"] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"CREATE TABLE IF NOT EXISTS effects (module text, version int);\nCREATE TABLE %s_t (id int);\nINSERT INTO effects VALUES ('%s', 1);\n", name, name))}
		for v := 2; v <= n; v++ {
			files[fmt.Sprintf("V%d__insert.sql", v)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("INSERT INTO effects VALUES ('%s', %d);\n", name, v))}
		}
		v := n + 2
		files[fmt.Sprintf("V%d__index.sql", v)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"CREATE INDEX CONCURRENTLY %s_t_id ON %s_t (id);\n", name, name))}
		mods = append(mods, migrate.Module{Name: name, Scripts: files, Steps: []migrate.Step{{
			Version: fmt.Sprint(n + 1), Description: "go step",
			Up: func(ctx context.Context, tx pgx.Tx) error {
				// Arguments: pgx would use a named prepared statement
				// unless the connection avoids them.
				_, err := tx.Exec(ctx, `INSERT INTO effects VALUES ($1, $2)`, name, n+1)
				return err
			},
		}}})
	}
	return mods
}

// checkAppliedOnce checks that every migration of mods has one success row
// and one effect, that ranks are contiguous, and that no advisory lock is
// left on the server.
func checkAppliedOnce(t *testing.T, b *bundle, mods []migrate.Module, n int) {
	t.Helper()
	ctx := t.Context()
	for _, m := range mods {
		table := "oskari_status"
		if m.Name != "core" {
			table += "_" + m.Name
		}
		var rows, versions, maxRank, failed int
		require.NoError(t, b.pool.QueryRow(ctx, `SELECT count(*), count(DISTINCT version), max(installed_rank), count(*) FILTER (WHERE NOT success) FROM `+
			pgx.Identifier{table}.Sanitize()).Scan(&rows, &versions, &maxRank, &failed))
		require.Equal(t, n+2, rows, "%s: one row per migration", table)
		require.Equal(t, rows, versions, "%s: no version twice", table)
		require.Equal(t, rows, maxRank, "%s: ranks contiguous", table)
		require.Zero(t, failed, table)
		var effects, distinct int
		require.NoError(t, b.pool.QueryRow(ctx, `SELECT count(*), count(DISTINCT version) FROM effects WHERE module = $1`, m.Name).Scan(&effects, &distinct))
		require.Equal(t, n+1, effects, "%s: every migration's effect once", m.Name)
		require.Equal(t, effects, distinct, "%s: no effect twice", m.Name)
		var valid bool
		require.NoError(t, b.pool.QueryRow(ctx, `SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass($1)`, m.Name+"_t_id").Scan(&valid))
		require.True(t, valid, "%s: the index of the script that runs outside a transaction", m.Name)
	}
	var locks int
	require.NoError(t, b.pool.QueryRow(ctx, `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&locks))
	require.Zero(t, locks, "no advisory lock left")
}

// TestPoolTransactionThroughPgBouncer runs 8 migrators at once through
// PgBouncer in transaction pooling mode with 4 server connections, in
// three rounds: each migration is applied exactly once.
func TestPoolTransactionThroughPgBouncer(t *testing.T) {
	t.Parallel()
	const n = 30
	for round := range 3 {
		b := setup(t)
		url := pgtest.Bouncer(t, b.url, "transaction", 4)
		mods := pooledModules(n)
		var (
			wg   sync.WaitGroup
			mu   sync.Mutex
			errs []error
			logs []string
		)
		for range 8 {
			wg.Go(func() {
				var buf strings.Builder // the handler serialises its writes
				cfg := migrate.Config{DatabaseURL: url, Modules: mods, Logger: slog.New(slog.NewTextHandler(&buf, nil))}
				_, err := migrate.Run(t.Context(), cfg)
				mu.Lock()
				defer mu.Unlock()
				errs, logs = append(errs, err), append(logs, buf.String())
			})
		}
		wg.Wait()
		require.NoError(t, errors.Join(errs...), "round %d", round)
		checkAppliedOnce(t, b, mods, n)
		require.Contains(t, strings.Join(logs, ""), "connection pooler detected: using transaction-level advisory locks", "round %d", round)
		// The next boot finds everything applied.
		res, err := migrate.Run(t.Context(), migrate.Config{DatabaseURL: url, Modules: mods})
		require.NoError(t, err)
		require.Zero(t, res.Applied())
	}
}

// TestSessionLockThroughPoolerWarns: with PoolMode session, a pooler found
// is a warning.
func TestSessionLockThroughPoolerWarns(t *testing.T) {
	t.Parallel()
	b := setup(t)
	url := pgtest.Bouncer(t, b.url, "session", 2)
	cfg := b.config(pooledModules(2)...)
	cfg.DatabaseURL, cfg.PoolMode = url, migrate.PoolSession
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Contains(t, b.logs.String(), "connection pooler detected while PoolMode is session")
}

// TestPoolTransactionDirect runs PoolTransaction on direct connections
// (its own and an application pool's), concurrently with session-mode runs: the two kinds of lock exclude each
// other (same key), and search_path follows Config.Schema.
func TestPoolTransactionDirect(t *testing.T) {
	t.Parallel()
	b := setup(t)
	const n = 10
	mods := pooledModules(n)
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for i := range 6 {
		wg.Go(func() {
			cfg := migrate.Config{DatabaseURL: b.url, Modules: mods, PoolMode: migrate.PoolTransaction}
			switch i % 3 {
			case 1:
				cfg.PoolMode = migrate.PoolSession
			case 2: // an application's pool: the lock's second connection comes from it too
				cfg.DatabaseURL, cfg.Pool = "", b.pool
			}
			_, err := migrate.Run(t.Context(), cfg)
			mu.Lock()
			defer mu.Unlock()
			errs = append(errs, err)
		})
	}
	wg.Wait()
	require.NoError(t, errors.Join(errs...))
	checkAppliedOnce(t, b, mods, n)
	require.NotContains(t, b.logs.String(), "pooler")
}

// TestPoolTransactionSessionState: in PoolTransaction mode a migration sees
// the session as it started (not the settings Runway's own reads in the
// same transaction made), and what a script sets for the session does not
// stay on the pooler's server connection for its next client.
func TestPoolTransactionSessionState(t *testing.T) {
	t.Parallel()
	b := setup(t)
	url := pgtest.Bouncer(t, b.url, "transaction", 1) // one server connection: the next client gets the same
	var seen [2]string
	mods := []migrate.Module{{Name: "core", Scripts: fstest.MapFS{
		"V1__leak.sql": {Data: []byte("SET work_mem = '64kB';\nCREATE TABLE t (id int);\n")},
	}, Steps: []migrate.Step{{Version: "2", Up: func(ctx context.Context, tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT current_setting('search_path') || ' ' || current_setting('statement_timeout') || ' ' || current_setting('work_mem')`).Scan(&seen[0])
	}}}}}
	cfg := b.config(mods...)
	cfg.DatabaseURL = url
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, `"$user", public 0 4MB`, seen[0], "the reads' search_path and statement_timeout, and V1's work_mem, do not reach V2")

	conn, err := pgx.Connect(t.Context(), url)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	require.NoError(t, conn.QueryRow(t.Context(), "SHOW work_mem", pgx.QueryExecModeSimpleProtocol).Scan(&seen[1]))
	require.Equal(t, "4MB", seen[1], "the script's SET did not stay on the server connection")
}

// TestPoolTransactionSchemaOutsideTx: in PoolTransaction mode on a direct
// connection, a script that runs outside a transaction gets Config.Schema's
// search_path like the others; through a pooler, Runway says it cannot.
func TestPoolTransactionSchemaOutsideTx(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mods := []migrate.Module{{Name: "core", Scripts: fstest.MapFS{
		"V1__t.sql":     {Data: []byte("CREATE TABLE t (id int);\n")},
		"V2__index.sql": {Data: []byte("CREATE INDEX CONCURRENTLY t_id ON t (id);\n")},
	}}}
	cfg := b.config(mods...)
	cfg.Schema, cfg.PoolMode = "s1", migrate.PoolTransaction
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	var ok bool
	require.NoError(t, b.pool.QueryRow(t.Context(), "SELECT to_regclass('s1.t_id') IS NOT NULL").Scan(&ok))
	require.True(t, ok)

	b2 := setup(t)
	cfg = b2.config(mods...)
	cfg.Schema, cfg.DatabaseURL = "s2", pgtest.Bouncer(t, b2.url, "transaction", 2)
	_, err = migrate.Run(t.Context(), cfg)
	require.Error(t, err) // t is in s2, which the CIC's session does not search
	require.Contains(t, b2.logs.String(), "does not get Config.Schema's search_path: its names must be qualified")
}

// TestPoolTransactionErrorHooksLocked: in PoolTransaction mode the error
// hooks of a failed migration run while the module's lock is held again
// (the failed transaction took its lock with it).
func TestPoolTransactionErrorHooksLocked(t *testing.T) {
	t.Parallel()
	b := setup(t)
	var held []bool
	hook := func(ctx context.Context, e migrate.HookEvent) error {
		var n int
		err := e.DB.QueryRow(ctx, `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
			AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&n)
		held = append(held, err == nil && n == 1)
		return nil
	}
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__bad.sql": {Data: []byte("SELECT 1/0;\n")}}})
	cfg.PoolMode = migrate.PoolTransaction
	cfg.Hooks = []migrate.Hook{{Event: migrate.AfterEachMigrateError, Run: hook}, {Event: migrate.AfterMigrateError, Run: hook}}
	_, err := migrate.Run(t.Context(), cfg)
	require.Error(t, err)
	require.Equal(t, []bool{true, true}, held)
}
