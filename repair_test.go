package migrate_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// repairedVersions returns the versions Repair listed for one module, by kind.
func repairedVersions(t *testing.T, res *migrate.RepairResult, module string) (removed, realigned, deleted []string) {
	t.Helper()
	versions := func(infos []migrate.MigrationInfo) []string {
		var out []string
		for _, i := range infos {
			out = append(out, i.Version)
		}
		return out
	}
	for _, m := range res.Modules {
		if m.Module == module {
			return versions(m.Removed), versions(m.Realigned), versions(m.Deleted)
		}
	}
	t.Fatalf("Repair reports no module %q", module)
	return nil, nil, nil
}

func TestRepairRemovesFailedRow(t *testing.T) {
	t.Parallel()
	b := setup(t)
	scripts := fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}
	mod := migrate.Module{Name: "myplaces", Scripts: scripts}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)

	// Version 2 failed half-way in a run that could not roll back (as a
	// non-transactional script leaves it in Flyway).
	scripts["V2__b.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE b (id int);")}
	b.insertRow(t, "oskari_status_myplaces", 2, "2", "b", "SQL", "V2__b.sql", sum(t, "CREATE TABLE b (id int);"), false)
	cfg := b.config(mod)
	_, err = migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrFailedMigration)
	require.False(t, b.tableExists(t, "b"))

	res, err := runRepair(t.Context(), cfg, migrate.RepairOptions{})
	require.NoError(t, err)
	require.True(t, res.Changed())
	removed, realigned, deleted := repairedVersions(t, res, "myplaces")
	require.Equal(t, []string{"2"}, removed)
	require.Empty(t, realigned)
	require.Empty(t, deleted)
	require.Equal(t, migrate.StateFailed, res.Modules[0].Removed[0].State)
	sumA := sum(t, "CREATE TABLE a (id int);")
	require.Equal(t, []string{fmt.Sprintf("1|1|a|SQL|V1__a.sql|%d|true", sumA)}, b.rows(t, "oskari_status_myplaces"))

	run, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 1, run.Applied())
	require.Equal(t, "2", run.Modules[0].Applied[0].Version)
	require.True(t, b.tableExists(t, "b"))
	require.Equal(t, []string{
		fmt.Sprintf("1|1|a|SQL|V1__a.sql|%d|true", sumA),
		fmt.Sprintf("2|2|b|SQL|V2__b.sql|%d|true", sum(t, "CREATE TABLE b (id int);")),
	}, b.rows(t, "oskari_status_myplaces"))
}

// Repair realigns checksum, description and type of applied migrations to
// what the files and steps say now, as Flyway's repair does. It leaves the
// script column as it is: Flyway's repair updates only those three.
func TestRepairRealigns(t *testing.T) {
	t.Parallel()
	const (
		textA = "CREATE TABLE a (id int);\n"
		textB = "CREATE TABLE b (id int);\n"
	)
	failIfRun := func(context.Context, pgx.Tx) error { return errors.New("must not run again") }
	tests := []struct {
		name    string
		change  func(m *migrate.Module)
		wantErr error
		wantRow string // row of version 1 after the repair
	}{{
		name: "checksum",
		change: func(m *migrate.Module) {
			// Would fail if it ran again.
			m.Scripts.(fstest.MapFS)["V1__a.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE a (id int, x int); SELECT 1/0;\n")}
		},
		wantErr: migrate.ErrChecksumMismatch,
		wantRow: fmt.Sprintf("1|1|a|SQL|V1__a.sql|%d|true", sum(t, "CREATE TABLE a (id int, x int); SELECT 1/0;\n")),
	}, {
		name: "description",
		change: func(m *migrate.Module) {
			fs := m.Scripts.(fstest.MapFS)
			fs["V1__create_a.sql"] = fs["V1__a.sql"]
			delete(fs, "V1__a.sql")
		},
		wantErr: migrate.ErrDescriptionMismatch,
		wantRow: fmt.Sprintf("1|1|create a|SQL|V1__a.sql|%d|true", sum(t, textA)),
	}, {
		name: "checksum and description",
		change: func(m *migrate.Module) {
			fs := m.Scripts.(fstest.MapFS)
			fs["V1__create_a.sql"] = &fstest.MapFile{Data: []byte("SELECT 1/0;")}
			delete(fs, "V1__a.sql")
		},
		wantErr: migrate.ErrChecksumMismatch,
		wantRow: fmt.Sprintf("1|1|create a|SQL|V1__a.sql|%d|true", sum(t, "SELECT 1/0;")),
	}, {
		name: "SQL script replaced by a Go step",
		change: func(m *migrate.Module) {
			delete(m.Scripts.(fstest.MapFS), "V1__a.sql")
			m.Steps = []migrate.Step{{Version: "1", Description: "a", Script: "fi.nls.oskari.V1_a", Up: failIfRun}}
		},
		wantErr: migrate.ErrTypeMismatch,
		// A Go step's recorded name is validated too (a port of Java
		// migrations must keep Java's class names), so Repair realigns it.
		wantRow: "1|1|a|JDBC|fi.nls.oskari.V1_a|NULL|true",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			mod := migrate.Module{Name: "analysis", Scripts: fstest.MapFS{
				"V1__a.sql": {Data: []byte(textA)},
				"V2__b.sql": {Data: []byte(textB)},
			}}
			_, err := migrate.Run(t.Context(), b.config(mod))
			require.NoError(t, err)
			rowB := fmt.Sprintf("2|2|b|SQL|V2__b.sql|%d|true", sum(t, textB))

			tt.change(&mod)
			cfg := b.config(mod)
			_, err = migrate.Run(t.Context(), cfg)
			require.ErrorIs(t, err, tt.wantErr)

			res, err := runRepair(t.Context(), cfg, migrate.RepairOptions{})
			require.NoError(t, err)
			require.True(t, res.Changed())
			removed, realigned, deleted := repairedVersions(t, res, "analysis")
			require.Empty(t, removed)
			require.Equal(t, []string{"1"}, realigned)
			require.Empty(t, deleted)
			require.Equal(t, []string{tt.wantRow, rowB}, b.rows(t, "oskari_status_analysis"))

			require.NoError(t, runValidate(t.Context(), cfg))
			run, err := migrate.Run(t.Context(), cfg)
			require.NoError(t, err)
			require.Zero(t, run.Applied(), "a realigned migration does not run again")
			require.Equal(t, "2", run.Modules[0].Version)

			// Once realigned, there is nothing left to repair.
			res, err = runRepair(t.Context(), cfg, migrate.RepairOptions{})
			require.NoError(t, err)
			require.False(t, res.Changed())
		})
	}
}

func TestRepairDeleteMissing(t *testing.T) {
	t.Parallel()
	b := setup(t)
	scripts := fstest.MapFS{
		"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")},
		"V2__b.sql": {Data: []byte("CREATE TABLE b (id int);")},
		"V3__c.sql": {Data: []byte("CREATE TABLE c (id int);")},
	}
	mod := migrate.Module{Name: "userlayer", Scripts: scripts}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	before := b.rows(t, "oskari_status_userlayer")

	delete(scripts, "V2__b.sql")
	cfg := b.config(mod)
	_, err = migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrMissingMigration)

	// Without DeleteMissing a missing migration stays an error.
	res, err := runRepair(t.Context(), cfg, migrate.RepairOptions{})
	require.NoError(t, err)
	require.False(t, res.Changed())
	require.Equal(t, before, b.rows(t, "oskari_status_userlayer"))
	_, err = migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrMissingMigration)

	res, err = runRepair(t.Context(), cfg, migrate.RepairOptions{DeleteMissing: true})
	require.NoError(t, err)
	require.True(t, res.Changed())
	removed, realigned, deleted := repairedVersions(t, res, "userlayer")
	require.Empty(t, removed)
	require.Empty(t, realigned)
	require.Equal(t, []string{"2"}, deleted)
	require.Equal(t, migrate.StateMissing, res.Modules[0].Deleted[0].State)

	// The applied row stays; a DELETE row copying it marks it deleted.
	require.Equal(t, append(before,
		fmt.Sprintf("4|2|b|DELETE|V2__b.sql|%d|true", sum(t, "CREATE TABLE b (id int);")),
	), b.rows(t, "oskari_status_userlayer"))
	st := infoOf(t, cfg, "userlayer")
	require.Contains(t, states(st), "Versioned 2 b: Deleted")
	require.NotContains(t, states(st), "Versioned 2 b: Missing")
	require.Equal(t, "3", st.Version)

	run, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Zero(t, run.Applied())
	require.True(t, b.tableExists(t, "b"), "marking a migration deleted does not revert it")

	// A second repair finds nothing to do.
	res, err = runRepair(t.Context(), cfg, migrate.RepairOptions{DeleteMissing: true})
	require.NoError(t, err)
	require.False(t, res.Changed())
	require.Len(t, b.rows(t, "oskari_status_userlayer"), 4)
}

func TestRepairTakesTheModuleLock(t *testing.T) {
	t.Parallel()
	b := setup(t)
	scripts := fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}, "V2__b.sql": {Data: []byte("SELECT 2;")}}
	cfg := b.config(migrate.Module{Name: "myplaces", Scripts: scripts})
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	_, err = b.pool.Exec(t.Context(), `UPDATE oskari_status_myplaces SET success = false WHERE version = '2'`)
	require.NoError(t, err)

	// Another process (a Flyway, another Runway) holds the lock of
	// "public"."oskari_status_myplaces".
	holder, err := pgx.Connect(t.Context(), b.url)
	require.NoError(t, err)
	defer holder.Close(context.Background())
	const key = 77429963639641
	_, err = holder.Exec(t.Context(), `SELECT pg_advisory_lock($1)`, key)
	require.NoError(t, err)

	cfg.LockTimeout = 100 * time.Millisecond
	res, err := runRepair(t.Context(), cfg, migrate.RepairOptions{})
	require.ErrorIs(t, err, migrate.ErrLockTimeout)
	require.Contains(t, err.Error(), "myplaces")
	require.False(t, res.Changed())
	require.Len(t, b.rows(t, "oskari_status_myplaces"), 2, "nothing repaired without the lock")

	var released bool
	require.NoError(t, holder.QueryRow(t.Context(), `SELECT pg_advisory_unlock($1)`, key).Scan(&released))
	require.True(t, released)
	res, err = runRepair(t.Context(), cfg, migrate.RepairOptions{})
	require.NoError(t, err)
	removed, _, _ := repairedVersions(t, res, "myplaces")
	require.Equal(t, []string{"2"}, removed)

	// And Repair released the lock again.
	var held int
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&held))
	require.Zero(t, held)
}

func TestRepairUpToDateChangesNothing(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mods := oskariModules()
	cfg := b.config(mods...)
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	tables := []string{"oskari_status", "oskari_status_myplaces", "oskari_status_analysis", "oskari_status_userlayer", "oskari_status_custom-module"}
	before := map[string][]string{}
	for _, table := range tables {
		before[table] = b.rows(t, table)
	}

	for _, opts := range []migrate.RepairOptions{{}, {DeleteMissing: true}} {
		res, err := runRepair(t.Context(), cfg, opts)
		require.NoError(t, err)
		require.False(t, res.Changed())
		require.Len(t, res.Modules, len(mods))
		for _, m := range res.Modules {
			require.Empty(t, m.Removed, m.Module)
			require.Empty(t, m.Realigned, m.Module)
			require.Empty(t, m.Deleted, m.Module)
		}
		for _, table := range tables {
			require.Equal(t, before[table], b.rows(t, table), table)
		}
	}
}

func TestRepairMissingTable(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}})
	res, err := runRepair(t.Context(), cfg, migrate.RepairOptions{DeleteMissing: true})
	require.NoError(t, err)
	require.False(t, res.Changed())
	require.False(t, b.tableExists(t, "oskari_status_myplaces"), "Repair creates no status table")
}

// RepairPlan reports what Repair would change and changes nothing.
func TestRepairPlan(t *testing.T) {
	t.Parallel()
	t.Run("failed row, checksum, missing", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		scripts := fstest.MapFS{
			"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")},
			"V2__b.sql": {Data: []byte("CREATE TABLE b (id int);")},
		}
		mod := migrate.Module{Name: "myplaces", Scripts: scripts}
		_, err := migrate.Run(t.Context(), b.config(mod))
		require.NoError(t, err)
		scripts["V1__a.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE a (id bigint);")}
		delete(scripts, "V2__b.sql")
		scripts["V3__c.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE c (id int);")}
		b.insertRow(t, "oskari_status_myplaces", 3, "3", "c", "SQL", "V3__c.sql", sum(t, "CREATE TABLE c (id int);"), false)
		before := b.rows(t, "oskari_status_myplaces")
		cfg := b.config(mod)
		m, err := migrate.New(cfg)
		require.NoError(t, err)

		opts := migrate.RepairOptions{DeleteMissing: true}
		plan, err := m.RepairPlan(t.Context(), opts)
		require.NoError(t, err)
		require.True(t, plan.Changed())
		removed, realigned, deleted := repairedVersions(t, plan, "myplaces")
		require.Equal(t, []string{"3"}, removed)
		require.Equal(t, []string{"1"}, realigned)
		require.Equal(t, []string{"2"}, deleted)
		require.Equal(t, before, b.rows(t, "oskari_status_myplaces"), "a dry run changes nothing")

		res, err := m.Repair(t.Context(), opts)
		require.NoError(t, err)
		require.Equal(t, plan, res, "Repair does what RepairPlan said")
		plan, err = m.RepairPlan(t.Context(), opts)
		require.NoError(t, err)
		require.False(t, plan.Changed())
	})
	t.Run("Flyway 3 table", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		legacyCreateTable(t, b, fwTestdata("flyway3"))
		before := b.rows(t, legacyTable)
		m, err := migrate.New(b.config(legacyModule()))
		require.NoError(t, err)

		plan, err := m.RepairPlan(t.Context(), migrate.RepairOptions{})
		require.NoError(t, err)
		_, realigned, _ := repairedVersions(t, plan, "analysis")
		require.Equal(t, []string{"1.0", "1.1", "1.2"}, realigned)
		require.Equal(t, before, b.rows(t, legacyTable))
		require.True(t, legacyColumnExists(t, b, legacyTable, "version_rank"), "the table is not upgraded")

		res, err := m.Repair(t.Context(), migrate.RepairOptions{})
		require.NoError(t, err)
		_, done, _ := repairedVersions(t, res, "analysis")
		require.Equal(t, realigned, done)
	})
	t.Run("missing table", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		m, err := migrate.New(b.config(migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}}))
		require.NoError(t, err)
		plan, err := m.RepairPlan(t.Context(), migrate.RepairOptions{DeleteMissing: true})
		require.NoError(t, err)
		require.False(t, plan.Changed())
		require.False(t, b.tableExists(t, "oskari_status_myplaces"))
	})
}
