package migrate_test

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// One Migrator serves any number of runs, also at once: each migration is
// applied exactly once.
func TestMigratorReusableAndConcurrent(t *testing.T) {
	t.Parallel()
	b := setup(t)
	m, err := migrate.New(b.config(oskariModules()...))
	require.NoError(t, err)
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		applied int
	)
	for range 4 {
		wg.Go(func() {
			res, err := m.Migrate(t.Context())
			if !errors.Is(err, nil) {
				t.Error(err)
				return
			}
			mu.Lock()
			applied += res.Applied()
			mu.Unlock()
		})
	}
	wg.Wait()
	require.Equal(t, 16, applied)
	res, err := m.Migrate(t.Context())
	require.NoError(t, err)
	require.Zero(t, res.Applied())
	status, err := m.Info(t.Context())
	require.NoError(t, err)
	require.Len(t, status, 5)
	require.Equal(t, "1.1", status[0].Version)
}

// Sources lists what New resolved, without a database.
func TestSourcesNeedNoDatabase(t *testing.T) {
	t.Parallel()
	m, err := migrate.New(migrate.Config{DatabaseURL: "postgres://nobody@127.0.0.1:1/nowhere", Modules: oskariModules()[:2]})
	require.NoError(t, err)
	src := m.Sources()
	require.Len(t, src, 2)
	require.Equal(t, "core", src[0].Module)
	require.Equal(t, "oskari_status", src[0].StatusTable)
	var got []string
	for _, mi := range src[0].Migrations {
		got = append(got, mi.Version+" "+string(mi.Type)+" "+mi.Script)
	}
	require.Equal(t, []string{
		"1.0 SQL V1_0__create_maplayer.sql",
		"1.0.1 JDBC V1_0_1__Populate_layers",
		"1.0.2 SQL V1_0_2__add_url.sql",
		"1.1 SQL flyway/oskari/V1_1__users.sql",
	}, got)
	require.Equal(t, int32(-2053882159), *src[0].Migrations[0].Checksum)
	require.Nil(t, src[0].Migrations[1].Checksum)
}

// Plan says what Migrate would do and changes nothing.
func TestPlan(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mods := []migrate.Module{
		{Name: "core", Baseline: "0.1", Scripts: fstest.MapFS{
			"V0_1__below.sql": {Data: []byte("CREATE TABLE never (id int);")},
			"V1__a.sql":       {Data: []byte("CREATE TABLE a (id int);")},
		}},
		{Name: "myplaces", Scripts: fstest.MapFS{
			"V1__t.sql":   {Data: []byte("CREATE TABLE t (id int);")},
			"V2__idx.sql": {Data: []byte("CREATE INDEX CONCURRENTLY t_idx ON t (id);")},
		}, Steps: []migrate.Step{step("1.5", "seed", "INSERT INTO t VALUES (1)")}},
	}
	m, err := migrate.New(b.config(mods...))
	require.NoError(t, err)
	plan, err := m.Plan(t.Context())
	require.NoError(t, err)
	require.False(t, plan.UpToDate())
	require.Len(t, plan.Modules, 2)
	core, myplaces := plan.Modules[0], plan.Modules[1]
	require.True(t, core.CreateTable)
	require.True(t, core.NeedsLock)
	require.Equal(t, "0.1", core.Baseline)
	require.Equal(t, []string{"1 true"}, planned(core))
	require.Equal(t, []string{"1 true", "1.5 true", "2 false"}, planned(myplaces))
	require.Empty(t, myplaces.Problems)
	require.Contains(t, plan.String(), "myplaces (\"public\".\"oskari_status_myplaces\"): version << Empty Schema >>, 3 pending, status table to create")
	require.Contains(t, plan.String(), "2          SQL  V2__idx.sql (without a transaction)")
	require.False(t, b.tableExists(t, "oskari_status"), "Plan changes nothing")

	_, err = m.Migrate(t.Context())
	require.NoError(t, err)
	plan, err = m.Plan(t.Context())
	require.NoError(t, err)
	require.True(t, plan.UpToDate())
	for _, mp := range plan.Modules {
		require.False(t, mp.NeedsLock, mp.Module)
		require.False(t, mp.CreateTable, mp.Module)
	}
	require.Equal(t, "2", plan.Modules[1].Version)

	// A failed row is a problem the plan reports, with its sentinel.
	mods[1].Scripts.(fstest.MapFS)["V3__broken.sql"] = &fstest.MapFile{Data: []byte("SELECT 1;")}
	b.insertRow(t, "oskari_status_myplaces", 4, "3", "broken", "SQL", "V3__broken.sql", 1, false)
	m, err = migrate.New(b.config(mods...))
	require.NoError(t, err)
	plan, err = m.Plan(t.Context())
	require.NoError(t, err)
	require.False(t, plan.UpToDate())
	require.ErrorIs(t, plan.Modules[1].Err, migrate.ErrFailedMigration)
	require.Len(t, plan.Modules[1].Problems, 1)
	require.True(t, plan.Modules[1].NeedsLock, "doubtful: Migrate would check again under the lock")
}

// planned lists "version transactional" of a module plan's migrations.
func planned(mp migrate.ModulePlan) []string {
	var out []string
	for _, p := range mp.Pending {
		tx := "false"
		if p.Transactional {
			tx = "true"
		}
		out = append(out, p.Version+" "+tx)
	}
	return out
}

// A failure reports, as data, what was applied before it and what failed,
// and still unwraps to the located error and the server's.
func TestPartialError(t *testing.T) {
	t.Parallel()
	b := setup(t)
	_, err := migrate.Run(t.Context(), b.config(
		migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}},
		migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
			"V1__b.sql": {Data: []byte("CREATE TABLE b (id int);")},
			"V2__c.sql": {Data: []byte("SELECT 1/0;")},
		}},
	))
	var pe *migrate.PartialError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "myplaces", pe.Module)
	var applied []string
	for _, a := range pe.Applied {
		applied = append(applied, a.Script)
	}
	require.Equal(t, []string{"V1__a.sql", "V1__b.sql"}, applied)
	require.NotNil(t, pe.Failed)
	require.Equal(t, "2", pe.Failed.Version)
	require.Equal(t, "V2__c.sql", pe.Failed.Script)
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, 1, merr.Line)
	var pgErr *pgconn.PgError
	require.ErrorAs(t, err, &pgErr)
	require.Equal(t, "22012", pgErr.Code)
	require.Equal(t, merr.Error(), err.Error())
}

// The unlocked read never decides a failure: a failed row read without the
// lock sends Run for the lock, and a Repair that holds it meanwhile is
// seen.
func TestFastPathNeverDecidesFailure(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")},
	}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	b.insertRow(t, "oskari_status", 2, "2", "b", "SQL", "V2__b.sql", 1, false)
	mod.Scripts.(fstest.MapFS)["V2__b.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE b (id int);")}

	// Another process (a Repair) holds core's lock.
	holder, err := pgx.Connect(t.Context(), b.url)
	require.NoError(t, err)
	defer holder.Close(context.Background())
	_, err = holder.Exec(t.Context(), `SELECT pg_advisory_lock(77431360195782)`)
	require.NoError(t, err)

	// With a short lock timeout, Run waits for the lock rather than failing
	// on what it read.
	cfg := b.config(mod)
	cfg.LockTimeout = 300 * time.Millisecond
	_, err = migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrLockTimeout)
	require.NotErrorIs(t, err, migrate.ErrFailedMigration)

	// The holder repairs the table and lets go: Run sees the repaired table.
	cfg.LockTimeout = time.Minute
	done := make(chan error, 1)
	go func() { _, err := migrate.Run(context.Background(), cfg); done <- err }()
	time.Sleep(300 * time.Millisecond)
	_, err = holder.Exec(t.Context(), `DELETE FROM oskari_status WHERE NOT success`)
	require.NoError(t, err)
	_, err = holder.Exec(t.Context(), `SELECT pg_advisory_unlock(77431360195782)`)
	require.NoError(t, err)
	require.NoError(t, <-done)
	require.True(t, b.tableExists(t, "b"))
}

// ctxKey marks the context a test passes to Run.
type ctxKey struct{}

// ctxHandler records whether every log record came with the caller's
// context.
type ctxHandler struct {
	mu      *sync.Mutex
	missing *[]string
}

func (h ctxHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h ctxHandler) Handle(ctx context.Context, r slog.Record) error {
	if ctx.Value(ctxKey{}) == nil {
		h.mu.Lock()
		*h.missing = append(*h.missing, r.Message)
		h.mu.Unlock()
	}
	return nil
}
func (h ctxHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h ctxHandler) WithGroup(string) slog.Handler      { return h }

// Log records carry the caller's context (trace ids survive), and the
// baseline row is logged when written.
func TestLogsCarryContext(t *testing.T) {
	t.Parallel()
	b := setup(t)
	var missing []string
	mods := oskariModules()
	mods[0].Baseline = "0.1"
	cfg := b.config(mods...)
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Contains(t, b.logs.String(), `"msg":"writing baseline","module":"core","version":"0.1"`)

	cfg.Logger = slog.New(ctxHandler{mu: &sync.Mutex{}, missing: &missing})
	ctx := context.WithValue(t.Context(), ctxKey{}, "trace-1")
	_, err = migrate.Run(ctx, cfg)
	require.NoError(t, err)
	b2 := setup(t)
	cfg.DatabaseURL = b2.url
	_, err = migrate.Run(ctx, cfg)
	require.NoError(t, err)
	require.Empty(t, missing, "records logged without the caller's context")
}
