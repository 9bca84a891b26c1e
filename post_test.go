package migrate_test

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5"
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
