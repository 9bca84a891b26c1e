package migrate_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// Scripts of undoModule.
const (
	undoV1 = "CREATE TABLE places (id int);\n"
	undoV2 = "CREATE TABLE categories (id int);\n"
	undoU2 = "DROP TABLE categories;\n"
	undoV3 = "ALTER TABLE places ADD COLUMN name text;\n"
	undoU3 = "ALTER TABLE places DROP COLUMN name;\n"
)

// undoModule returns a module whose versions above 1 can all be undone:
// V2 and V3 by U scripts, the Go step 2.5 by its Down.
func undoModule() migrate.Module {
	return migrate.Module{
		Name: "myplaces",
		Scripts: fstest.MapFS{
			"V1__places.sql":        {Data: []byte(undoV1)},
			"V2__categories.sql":    {Data: []byte(undoV2)},
			"U2__no_categories.sql": {Data: []byte(undoU2)},
			"V3__name.sql":          {Data: []byte(undoV3)},
			"U3__no_name.sql":       {Data: []byte(undoU3)},
		},
		Steps: []migrate.Step{{
			Version:     "2.5",
			Description: "ratings",
			Up: func(ctx context.Context, tx pgx.Tx) error {
				_, err := tx.Exec(ctx, `CREATE TABLE ratings (id int)`)
				return err
			},
			Down: func(ctx context.Context, tx pgx.Tx) error {
				_, err := tx.Exec(ctx, `DROP TABLE ratings`)
				return err
			},
		}},
	}
}

// undoApplied returns the rows Run writes for versions 2, 2.5 and 3 of
// undoModule, starting at rank.
func undoApplied(t *testing.T, rank int) []string {
	t.Helper()
	return []string{
		fmt.Sprintf("%d|2|categories|SQL|V2__categories.sql|%d|true", rank, sum(t, undoV2)),
		fmt.Sprintf("%d|2.5|ratings|JDBC|V2_5__ratings|NULL|true", rank+1),
		fmt.Sprintf("%d|3|name|SQL|V3__name.sql|%d|true", rank+2, sum(t, undoV3)),
	}
}

// undoEffects reports which of the tables and the column undoModule's
// versions above 1 create exist.
func undoEffects(t *testing.T, b *bundle) string {
	t.Helper()
	var hasName bool
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT EXISTS (SELECT FROM information_schema.columns
		WHERE table_name = 'places' AND column_name = 'name')`).Scan(&hasName))
	return fmt.Sprintf("categories:%t ratings:%t places.name:%t",
		b.tableExists(t, "categories"), b.tableExists(t, "ratings"), hasName)
}

// appliedVersions lists the versions of res.Applied, in order.
func appliedVersions(res *migrate.ModuleResult) []string {
	var out []string
	for _, a := range res.Applied {
		out = append(out, a.Version)
	}
	return out
}

func TestUndoThenRunAgain(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(undoModule())
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	const all = "categories:true ratings:true places.name:true"
	require.Equal(t, all, undoEffects(t, b))
	v1 := fmt.Sprintf("1|1|places|SQL|V1__places.sql|%d|true", sum(t, undoV1))

	res, err := runUndo(t.Context(), cfg, "myplaces", "1")
	require.NoError(t, err)
	require.Equal(t, []string{"3", "2.5", "2"}, appliedVersions(res), "highest first")
	require.Equal(t, "1", res.Version)
	require.Equal(t, `"public"."oskari_status_myplaces"`, res.StatusTable)
	require.Equal(t, "categories:false ratings:false places.name:false", undoEffects(t, b))
	undoRows := []string{
		fmt.Sprintf("5|3|no name|UNDO_SQL|U3__no_name.sql|%d|true", sum(t, undoU3)),
		"6|2.5|ratings|UNDO_JDBC|V2_5__ratings|NULL|true",
		fmt.Sprintf("7|2|no categories|UNDO_SQL|U2__no_categories.sql|%d|true", sum(t, undoU2)),
	}
	require.Equal(t, append(append([]string{v1}, undoApplied(t, 2)...), undoRows...), b.rows(t, "oskari_status_myplaces"))

	st := infoOf(t, cfg, "myplaces")
	require.Equal(t, "1", st.Version)
	require.ElementsMatch(t, []string{
		"Versioned 1 places: Success",
		"Versioned 2 categories: Undone",
		"Versioned 2.5 ratings: Undone",
		"Versioned 3 name: Undone",
		"Undo 3 no name: Success",
		"Undo 2.5 ratings: Success",
		"Undo 2 no categories: Success",
		"Versioned 2 categories: Pending",
		"Versioned 2.5 ratings: Pending",
		"Versioned 3 name: Pending",
	}, states(st))
	validateCfg := cfg
	validateCfg.IgnoreMigrationPatterns = []string{"*:pending"}
	require.NoError(t, runValidate(t.Context(), validateCfg), "undone migrations are only pending")

	// Nothing left above 1: undoing again does nothing.
	res, err = runUndo(t.Context(), cfg, "myplaces", "1")
	require.NoError(t, err)
	require.Empty(t, res.Applied)

	run, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, []string{"2", "2.5", "3"}, appliedVersions(&run.Modules[0]))
	require.Equal(t, "3", run.Modules[0].Version)
	require.Equal(t, all, undoEffects(t, b))
	rows := b.rows(t, "oskari_status_myplaces")
	require.Len(t, rows, 10)
	require.Equal(t, undoApplied(t, 8), rows[7:])
	require.Contains(t, states(infoOf(t, cfg, "myplaces")), "Versioned 3 name: Success")
}

func TestUndoPartOfTheWay(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(undoModule())
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)

	res, err := runUndo(t.Context(), cfg, "myplaces", "2.5")
	require.NoError(t, err)
	require.Equal(t, []string{"3"}, appliedVersions(res))
	require.Equal(t, "2.5", res.Version)
	require.Equal(t, "categories:true ratings:true places.name:false", undoEffects(t, b))

	// A target above every applied version undoes nothing.
	res, err = runUndo(t.Context(), cfg, "myplaces", "7")
	require.NoError(t, err)
	require.Empty(t, res.Applied)
	require.Len(t, b.rows(t, "oskari_status_myplaces"), 5)
}

// Undo checks everything before it undoes anything: every version above
// the target needs an undo, the status table must validate, and the
// module's lock must be free.
func TestUndoRefusedBeforeAnythingRuns(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		change      func(m *migrate.Module) // after Run
		holdLock    bool
		wantErr     error
		wantVersion string // the version the error names
	}{{
		name:        "SQL migration without U script",
		change:      func(m *migrate.Module) { delete(m.Scripts.(fstest.MapFS), "U2__no_categories.sql") },
		wantErr:     migrate.ErrNoUndo,
		wantVersion: "2",
	}, {
		name:        "Go step without Down",
		change:      func(m *migrate.Module) { m.Steps[0].Down = nil },
		wantErr:     migrate.ErrNoUndo,
		wantVersion: "2.5",
	}, {
		// Version 3 ran, but this deployment no longer has it (as after a
		// newer deployment: state Future, which Run ignores). It cannot be
		// undone here, so the module cannot go back to 1: undoing 2.5 and
		// 2 under it would leave them Ignored and Run failing.
		name: "applied version with no local migration",
		change: func(m *migrate.Module) {
			delete(m.Scripts.(fstest.MapFS), "V3__name.sql")
			delete(m.Scripts.(fstest.MapFS), "U3__no_name.sql")
		},
		wantErr:     migrate.ErrNoUndo,
		wantVersion: "3",
	}, {
		name: "status table does not validate",
		change: func(m *migrate.Module) {
			m.Scripts.(fstest.MapFS)["V2__categories.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE categories (id bigint);")}
		},
		wantErr:     migrate.ErrChecksumMismatch,
		wantVersion: "2",
	}, {
		name:     "lock held by another session",
		change:   func(*migrate.Module) {},
		holdLock: true,
		wantErr:  migrate.ErrLockTimeout,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			mod := undoModule()
			_, err := migrate.Run(t.Context(), b.config(mod))
			require.NoError(t, err)
			before := b.rows(t, "oskari_status_myplaces")
			tt.change(&mod)
			cfg := b.config(mod)
			if tt.holdLock {
				holder, err := pgx.Connect(t.Context(), b.url)
				require.NoError(t, err)
				defer holder.Close(context.Background())
				_, err = holder.Exec(t.Context(), `SELECT pg_advisory_lock(77429963639641)`) // "public"."oskari_status_myplaces"
				require.NoError(t, err)
				cfg.LockTimeout = 100 * time.Millisecond
			}

			res, err := runUndo(t.Context(), cfg, "myplaces", "1")
			require.ErrorIs(t, err, tt.wantErr)
			var merr *migrate.MigrationError
			require.ErrorAs(t, err, &merr)
			require.Equal(t, "myplaces", merr.Module)
			require.Equal(t, tt.wantVersion, merr.Version)
			require.Empty(t, res.Applied)
			require.Equal(t, before, b.rows(t, "oskari_status_myplaces"), "nothing undone, no UNDO rows")
			require.Equal(t, "categories:true ratings:true places.name:true", undoEffects(t, b))
		})
	}
}

// Only versions above the target need an undo.
func TestUndoNeedsUndosAboveTargetOnly(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := undoModule()
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	delete(mod.Scripts.(fstest.MapFS), "U2__no_categories.sql")
	res, err := runUndo(t.Context(), b.config(mod), "myplaces", "2")
	require.NoError(t, err)
	require.Equal(t, []string{"3", "2.5"}, appliedVersions(res))
	require.Equal(t, "categories:true ratings:false places.name:false", undoEffects(t, b))
}

// A failing undo is rolled back alone: the undos before it stay done.
func TestUndoFailing(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	tests := []struct {
		name        string
		change      func(m *migrate.Module)
		wantDone    []string // versions undone before the failure
		wantVersion string   // module version after the failure
		wantScript  string
		wantLine    int
		wantErr     error
		effects     string
	}{{
		name: "U script",
		change: func(m *migrate.Module) {
			m.Scripts.(fstest.MapFS)["U2__no_categories.sql"] = &fstest.MapFile{Data: []byte("DROP TABLE categories;\n-- then\nUPDATE places SET no_such_column = 1;\n")}
		},
		wantDone:    []string{"3", "2.5"},
		wantVersion: "2",
		wantScript:  "U2__no_categories.sql",
		wantLine:    3,
		effects:     "categories:true ratings:false places.name:false", // the DROP on line 1 was rolled back
	}, {
		name: "Go Down",
		change: func(m *migrate.Module) {
			m.Steps[0].Down = func(ctx context.Context, tx pgx.Tx) error {
				if _, err := tx.Exec(ctx, `DROP TABLE ratings`); err != nil {
					return err
				}
				return boom
			}
		},
		wantDone:    []string{"3"},
		wantVersion: "2.5",
		wantScript:  "V2_5__ratings",
		wantErr:     boom,
		effects:     "categories:true ratings:true places.name:false",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			mod := undoModule()
			_, err := migrate.Run(t.Context(), b.config(mod))
			require.NoError(t, err)

			tt.change(&mod)
			cfg := b.config(mod)
			res, err := runUndo(t.Context(), cfg, "myplaces", "1")
			require.Error(t, err)
			var merr *migrate.MigrationError
			require.ErrorAs(t, err, &merr)
			require.Equal(t, tt.wantScript, merr.Script)
			require.Equal(t, tt.wantLine, merr.Line)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
			} else {
				var pgErr *pgconn.PgError
				require.ErrorAs(t, err, &pgErr)
				require.Equal(t, "42703", pgErr.Code) // undefined_column
				require.Contains(t, err.Error(), fmt.Sprintf("myplaces: %s:%d:", tt.wantScript, tt.wantLine))
			}
			require.Equal(t, tt.wantDone, appliedVersions(res))
			require.Equal(t, tt.effects, undoEffects(t, b))

			// An UNDO row for each undo done, none for the failed one.
			var undone []string
			for _, r := range b.rows(t, "oskari_status_myplaces")[4:] {
				undone = append(undone, strings.Split(r, "|")[1])
			}
			require.Equal(t, tt.wantDone, undone)
			require.Equal(t, tt.wantVersion, infoOf(t, cfg, "myplaces").Version)
			// The lock is released after the failure.
			var held int
			require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&held))
			require.Zero(t, held)
		})
	}
}

func TestUndoBadArguments(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Baseline: "1", Scripts: fstest.MapFS{
		"V1__old.sql": {Data: []byte("SELECT 1/0;")}, // at the baseline: never runs
		"V2__two.sql": {Data: []byte("CREATE TABLE two (id int);")},
		"U2__two.sql": {Data: []byte("DROP TABLE two;")},
	}}
	cfg := b.config(mod)
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	before := b.rows(t, "oskari_status")

	for _, tt := range []struct{ name, module, target string }{
		{"unknown module", "nope", "1"},
		{"target not a version", "core", "latest"},
		{"target below the baseline", "core", "0.5"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runUndo(t.Context(), cfg, tt.module, tt.target)
			require.ErrorIs(t, err, migrate.ErrInvalidConfig)
			require.Equal(t, before, b.rows(t, "oskari_status"))
			require.True(t, b.tableExists(t, "two"))
		})
	}

	// Down to the baseline itself is fine.
	res, err := runUndo(t.Context(), cfg, "core", "1")
	require.NoError(t, err)
	require.Equal(t, []string{"2"}, appliedVersions(res))
	require.Equal(t, "1", res.Version)
	require.False(t, b.tableExists(t, "two"))
}

// UndoPlan lists what Undo would undo, refuses what Undo refuses, and
// changes nothing.
func TestUndoPlan(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := undoModule()
	m, err := migrate.New(b.config(mod))
	require.NoError(t, err)
	plan, err := m.UndoPlan(t.Context(), "myplaces", "1")
	require.NoError(t, err)
	require.Empty(t, plan, "no status table: nothing to undo")

	_, err = m.Migrate(t.Context())
	require.NoError(t, err)
	before := b.rows(t, "oskari_status_myplaces")
	plan, err = m.UndoPlan(t.Context(), "myplaces", "1")
	require.NoError(t, err)
	var versions []string
	for _, p := range plan {
		versions = append(versions, p.Version)
		require.Equal(t, migrate.StateSuccess, p.State)
	}
	require.Equal(t, []string{"3", "2.5", "2"}, versions)
	plan, err = m.UndoPlan(t.Context(), "myplaces", "3")
	require.NoError(t, err)
	require.Empty(t, plan)
	require.Equal(t, before, b.rows(t, "oskari_status_myplaces"), "a dry run changes nothing")

	_, err = m.UndoPlan(t.Context(), "myplaces", "x")
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	_, err = m.UndoPlan(t.Context(), "nope", "1")
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)

	delete(mod.Scripts.(fstest.MapFS), "U2__no_categories.sql")
	m2, err := migrate.New(b.config(mod))
	require.NoError(t, err)
	_, err = m2.UndoPlan(t.Context(), "myplaces", "1")
	require.ErrorIs(t, err, migrate.ErrNoUndo)
	plan, err = m2.UndoPlan(t.Context(), "myplaces", "2")
	require.NoError(t, err, "only versions above the target need an undo")
	require.Len(t, plan, 2)

	res, err := m.Undo(t.Context(), "myplaces", "1")
	require.NoError(t, err)
	require.Equal(t, versions, appliedVersions(res), "Undo does what UndoPlan said")
}
