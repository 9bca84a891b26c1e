package migrate_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	migrate "github.com/runwaydb/migrate"
)

// postModule has a column the new version stops using in V2 and drops in
// a post-deploy script, and a post-deploy Go step.
func postModule() migrate.Module {
	return migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__places.sql":        {Data: []byte("CREATE TABLE places (id int, old_name text, name text);\n")},
		"V2__copy.sql":          {Data: []byte("UPDATE places SET name = old_name;\n")},
		"P1__drop_old_name.sql": {Data: []byte("ALTER TABLE places DROP COLUMN old_name;\n")},
	}, Steps: []migrate.Step{{Version: "2", Description: "backfill", Post: true, Up: func(ctx context.Context, tx pgx.Tx) error {
		_, err := tx.Exec(ctx, "UPDATE places SET name = 'unnamed' WHERE name IS NULL")
		return err
	}}}}
}

// TestPostDeployWaitsForMigratePost: Run applies the V scripts and lists
// the post-deploy ones as pending; MigratePost applies them, in their own
// status table; the next Run has none pending.
func TestPostDeployWaitsForMigratePost(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(postModule())
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 2, res.Applied())
	require.Equal(t, []string{"1", "2"}, res.Modules[0].PendingPost)
	require.Contains(t, b.logs.String(), "[core] 2 post-deploy migration(s) pending")
	require.Contains(t, res.String(), "post-deploy pending: 1, 2 (migrate -post)")
	require.True(t, b.columnExists(t, "places", "old_name"), "Run never applies a post-deploy migration")
	require.False(t, b.tableExists(t, "oskari_status_post"))

	m, err := migrate.New(cfg)
	require.NoError(t, err)
	require.NoError(t, m.Validate(t.Context()), "pending post-deploy migrations are no validation problem")
	status, err := m.Info(t.Context())
	require.NoError(t, err)
	require.Len(t, status, 2)
	require.Equal(t, "core:post", status[1].Module)
	require.Len(t, status[1].Pending(), 2)
	plan, err := m.PlanPost(t.Context())
	require.NoError(t, err)
	require.Len(t, plan.Modules, 1)
	require.Len(t, plan.Modules[0].Pending, 2)

	post, err := m.MigratePost(t.Context())
	require.NoError(t, err)
	require.Equal(t, 2, post.Applied())
	require.Equal(t, "core:post", post.Modules[0].Module)
	require.False(t, b.columnExists(t, "places", "old_name"))
	rows := b.rows(t, "oskari_status_post")
	require.Len(t, rows, 2)
	require.Contains(t, rows[0], "|1|drop old name|SQL|P1__drop_old_name.sql|")
	require.Contains(t, rows[1], "|2|backfill|JDBC|")
	require.Len(t, b.rows(t, "oskari_status"), 2, "the module's own table holds only its V migrations, as Flyway expects")

	res, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Zero(t, res.Applied())
	require.Empty(t, res.Modules[0].PendingPost)
	post, err = m.MigratePost(t.Context())
	require.NoError(t, err)
	require.Zero(t, post.Applied())

	// An applied post-deploy script edited is a validation finding of its own set.
	mod := postModule()
	mod.Scripts.(fstest.MapFS)["P1__drop_old_name.sql"] = &fstest.MapFile{Data: []byte("ALTER TABLE places DROP COLUMN IF EXISTS old_name;\n")}
	m, err = migrate.New(b.config(mod))
	require.NoError(t, err)
	err = m.Validate(t.Context())
	require.ErrorIs(t, err, migrate.ErrChecksumMismatch)
	require.ErrorContains(t, err, "core:post")
}

// TestPostDeployConfigErrors: bad post-deploy sets are refused by New.
func TestPostDeployConfigErrors(t *testing.T) {
	t.Parallel()
	dup := postModule()
	dup.Scripts.(fstest.MapFS)["P2__again.sql"] = &fstest.MapFile{Data: []byte("SELECT 1;\n")}
	_, err := migrate.New(migrate.Config{Modules: []migrate.Module{dup}})
	require.ErrorIs(t, err, migrate.ErrDuplicateVersion)

	// core's post-deploy table would be module post's status table.
	other := migrate.Module{Name: "post", Scripts: fstest.MapFS{"V1__x.sql": {Data: []byte("SELECT 1;\n")}}}
	_, err = migrate.New(migrate.Config{Modules: []migrate.Module{postModule(), other}})
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	require.ErrorContains(t, err, `would use the status table "oskari_status_post" of module "post"`)
}

// TestPostDeployBatchedStep: a post-deploy step runs Batched outside a
// transaction; when it fails halfway, what it committed stays, it is
// recorded as failed, and after Repair the next MigratePost finishes it
// with every row changed once.
func TestPostDeployBatchedStep(t *testing.T) {
	t.Parallel()
	b := setup(t)
	var failAfter atomic.Int64
	failAfter.Store(4) // the 4th batch fails: 3 are committed
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__t.sql": {Data: []byte("CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL DEFAULT 0, done bool NOT NULL DEFAULT false);\n" +
			"INSERT INTO t (id) SELECT g FROM generate_series(1, 5000) g;\n")},
	}, Steps: []migrate.Step{{Version: "1", Description: "backfill", Post: true, Run: func(ctx context.Context, conn *pgx.Conn) error {
		_, err := migrate.Batched(ctx, failingDB{conn, &failAfter}, `UPDATE t SET v = v + 1, done = true
			WHERE id IN (SELECT id FROM t WHERE NOT done ORDER BY id LIMIT $1) AND NOT done`, 500, migrate.BatchOptions{})
		return err
	}}}}
	cfg := b.config(mod)
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	plan, err := m.PlanPost(t.Context())
	require.NoError(t, err)
	require.False(t, plan.Modules[0].Pending[0].Transactional)

	_, err = m.MigratePost(t.Context())
	require.ErrorContains(t, err, "the backfill's machine went away; the step runs outside a transaction: what it committed stays applied, and the migration is recorded as failed")
	require.Contains(t, b.rows(t, "oskari_status_post")[0], "|false")

	failAfter.Store(0)
	_, err = m.Repair(t.Context(), migrate.RepairOptions{})
	require.NoError(t, err)
	res, err := m.MigratePost(t.Context())
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied())
	var rows, once int
	require.NoError(t, b.pool.QueryRow(t.Context(), "SELECT count(*), count(*) FILTER (WHERE v = 1 AND done) FROM t").Scan(&rows, &once))
	require.Equal(t, 5000, rows)
	require.Equal(t, rows, once, "every row changed exactly once")

	// Run outside a transaction is for post-deploy steps only.
	mod.Steps[0].Post = false
	_, err = migrate.New(b.config(mod))
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	require.ErrorContains(t, err, "that is for post-deploy steps (set Post)")
}

// failingDB fails its Exec once it has run *left batches (0: never).
type failingDB struct {
	conn *pgx.Conn
	left *atomic.Int64
}

func (f failingDB) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	if f.left.Load() > 0 && f.left.Add(-1) == 0 {
		return pgconn.CommandTag{}, errors.New("the backfill's machine went away")
	}
	return f.conn.Exec(ctx, sql, args...)
}

// TestPostDeployIgnoresBaselineOnMigrate: the post-deploy table starts
// empty even when the module baselines a non-empty schema; its P1 runs.
func TestPostDeployIgnoresBaselineOnMigrate(t *testing.T) {
	t.Parallel()
	b := setup(t)
	_, err := b.pool.Exec(t.Context(), "CREATE TABLE legacy (id int)")
	require.NoError(t, err)
	mod := migrate.Module{Name: "core", BaselineOnMigrate: true, Scripts: fstest.MapFS{
		"V2__more.sql":     {Data: []byte("CREATE TABLE more (id int);\n")},
		"P1__drop_old.sql": {Data: []byte("DROP TABLE legacy;\n")},
	}}
	m, err := migrate.New(b.config(mod))
	require.NoError(t, err)
	_, err = m.Migrate(t.Context())
	require.NoError(t, err)
	res, err := m.MigratePost(t.Context())
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied())
	require.False(t, b.tableExists(t, "legacy"))
}
