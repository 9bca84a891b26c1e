package migrate_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// recoverySetup applies V1, a table t (id, v) with a duplicate in v, and
// returns the module's files, to which a test adds its V2.
func recoverySetup(t *testing.T, b *bundle) fstest.MapFS {
	t.Helper()
	files := fstest.MapFS{"V1__t.sql": {Data: []byte("CREATE TABLE t (id int, v int);\nINSERT INTO t VALUES (1, 1), (2, 1);")}}
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: files}))
	require.NoError(t, err)
	return files
}

// exec runs SQL of the test's own, outside any migration.
func (b *bundle) exec(t *testing.T, sql string) {
	t.Helper()
	_, err := b.pool.Exec(t.Context(), sql)
	require.NoError(t, err)
}

// invalidIndex leaves an INVALID index, as a CREATE INDEX CONCURRENTLY
// that a crash or a cancel stopped leaves it: a unique build on t's
// duplicate v fails, then the duplicate goes.
func (b *bundle) invalidIndex(t *testing.T, name string) {
	t.Helper()
	_, err := b.pool.Exec(t.Context(), "CREATE UNIQUE INDEX CONCURRENTLY "+name+" ON t (v)")
	require.Error(t, err)
	b.exec(t, "DELETE FROM t WHERE id = 2")
}

// indexState returns "valid", "INVALID" or "missing" for a qualified index.
func (b *bundle) indexState(t *testing.T, name string) string {
	t.Helper()
	var state string
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT coalesce((SELECT CASE WHEN indisvalid THEN 'valid' ELSE 'INVALID' END
		FROM pg_index WHERE indexrelid = to_regclass($1)), 'missing')`, name).Scan(&state))
	return state
}

func runRecovery(ctx context.Context, cfg migrate.Config, opts migrate.RepairOptions, dry bool) (*migrate.RepairResult, error) {
	m, err := migrate.New(cfg)
	if err != nil {
		return nil, err
	}
	if dry {
		return m.RepairPlan(ctx, opts)
	}
	return m.Repair(ctx, opts)
}

// A process killed after CREATE INDEX CONCURRENTLY completed and before
// the status row: the next Run names the valid index, runs nothing and
// records nothing; Repair with RecordCompleted records the migration.
func TestInterruptedValidIndex(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := recoverySetup(t, b)
	b.exec(t, "CREATE INDEX CONCURRENTLY t_id ON t (id)") // what the killed run completed
	files["V2__idx.sql"] = &fstest.MapFile{Data: []byte("SET maintenance_work_mem = '64MB';\n-- the index\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n")}
	cfg := b.config(migrate.Module{Name: "core", Scripts: files})
	cfg.Mixed = true // the SET runs outside a transaction too

	_, err := migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrInterruptedMigration)
	var ie *migrate.InterruptedError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, []migrate.LeftoverIndex{{Index: "public.t_id", Exists: true, Valid: true, Version: "2", Script: "V2__idx.sql", Line: 3}}, ie.Indexes)
	require.True(t, ie.Complete)
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, "V2__idx.sql", merr.Script)
	require.Equal(t, 3, merr.Line)
	require.Contains(t, err.Error(), "index public.t_id (V2__idx.sql:3) already exists and is valid")
	require.Contains(t, err.Error(), "nothing was run")
	require.Contains(t, err.Error(), "RecordCompleted")
	require.Len(t, b.rows(t, "oskari_status"), 1, "no failed row")

	plan, err := runRecovery(t.Context(), cfg, migrate.RepairOptions{RecordCompleted: true}, true)
	require.NoError(t, err)
	require.Len(t, plan.Modules[0].Recorded, 1)
	require.Len(t, b.rows(t, "oskari_status"), 1, "a dry run")
	res, err := runRecovery(t.Context(), cfg, migrate.RepairOptions{RecordCompleted: true}, false)
	require.NoError(t, err)
	require.Equal(t, "2", res.Modules[0].Recorded[0].Version)
	require.True(t, res.Changed())
	rows := b.rows(t, "oskari_status")
	require.Len(t, rows, 2)
	require.True(t, strings.HasPrefix(rows[1], "2|2|idx|SQL|V2__idx.sql|"), rows[1])
	require.True(t, strings.HasSuffix(rows[1], "|true"), rows[1])
	_, err = migrate.Run(t.Context(), cfg) // validates: the recorded checksum is the file's
	require.NoError(t, err)
}

// A server crash or a cancel during CREATE INDEX CONCURRENTLY leaves the
// index INVALID: Run names it and runs nothing, with or without IF NOT
// EXISTS (which would keep the INVALID index as if built); Repair with
// DropInvalidIndexes drops it, and the script runs again.
func TestInterruptedInvalidIndex(t *testing.T) {
	t.Parallel()
	for name, script := range map[string]string{
		"plain":         "CREATE UNIQUE INDEX CONCURRENTLY t_v ON public.t (v);\n",
		"if not exists": "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_v ON t (v);\n",
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			files := recoverySetup(t, b)
			b.invalidIndex(t, "t_v")
			files["V2__idx.sql"] = &fstest.MapFile{Data: []byte(script)}
			cfg := b.config(migrate.Module{Name: "core", Scripts: files})

			_, err := migrate.Run(t.Context(), cfg)
			var ie *migrate.InterruptedError
			require.ErrorAs(t, err, &ie)
			require.Equal(t, []migrate.LeftoverIndex{{Index: "public.t_v", Exists: true, Version: "2", Script: "V2__idx.sql", Line: 1}}, ie.Indexes)
			require.False(t, ie.Complete)
			require.Contains(t, err.Error(), "core: V2__idx.sql:1:1: interrupted non-transactional migration: index public.t_v (V2__idx.sql:1) exists and is INVALID")
			require.Contains(t, err.Error(), "runway repair -drop-invalid-indexes")
			require.Len(t, b.rows(t, "oskari_status"), 1)
			require.Equal(t, "INVALID", b.indexState(t, "t_v"))

			plan, err := runRecovery(t.Context(), cfg, migrate.RepairOptions{DropInvalidIndexes: true}, true)
			require.NoError(t, err)
			require.Equal(t, ie.Indexes, plan.Modules[0].DroppedIndexes)
			require.Equal(t, "INVALID", b.indexState(t, "t_v"), "a dry run")
			res, err := runRecovery(t.Context(), cfg, migrate.RepairOptions{DropInvalidIndexes: true}, false)
			require.NoError(t, err)
			require.Equal(t, ie.Indexes, res.Modules[0].DroppedIndexes)
			require.Equal(t, "missing", b.indexState(t, "t_v"))
			_, err = migrate.Run(t.Context(), cfg)
			require.NoError(t, err)
			require.Equal(t, "valid", b.indexState(t, "t_v"))
		})
	}
}

// A CREATE INDEX CONCURRENTLY that fails (duplicates for a UNIQUE index)
// leaves an INVALID index and a failed row: the error names the index,
// and Repair with DropInvalidIndexes removes both, so that the fixed data
// migrates.
func TestFailedConcurrentIndexRepair(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := recoverySetup(t, b)
	files["V2__idx.sql"] = &fstest.MapFile{Data: []byte("CREATE INDEX CONCURRENTLY IF NOT EXISTS t_id ON t (id);\nCREATE UNIQUE INDEX CONCURRENTLY t_v ON t (v);\n")}
	cfg := b.config(migrate.Module{Name: "core", Scripts: files})
	_, err := migrate.Run(t.Context(), cfg)
	require.Error(t, err)
	require.Contains(t, err.Error(), "it left INVALID index public.t_v (line 2), which Repair with RepairOptions.DropInvalidIndexes")
	require.Equal(t, "INVALID", b.indexState(t, "t_v"))

	b.exec(t, "DELETE FROM t WHERE id = 2")
	res, err := runRecovery(t.Context(), cfg, migrate.RepairOptions{DropInvalidIndexes: true}, false)
	require.NoError(t, err)
	mr := res.Modules[0]
	require.Len(t, mr.Removed, 1)
	require.Equal(t, []migrate.LeftoverIndex{{Index: "public.t_v", Exists: true, Version: "2", Script: "V2__idx.sql", Line: 2}}, mr.DroppedIndexes)
	require.Equal(t, "missing", b.indexState(t, "t_v"))
	_, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, "valid", b.indexState(t, "t_v"))
}

// The failure of a non-transactional script counts the statements that
// completed in this run, and does not claim that none stay applied.
func TestNoTxFailureCounts(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := recoverySetup(t, b)
	files["V2__idx.sql"] = &fstest.MapFile{Data: []byte("CREATE INDEX CONCURRENTLY a ON t (id);\nCREATE INDEX CONCURRENTLY b ON t (v);\nCREATE UNIQUE INDEX CONCURRENTLY c ON t (v);\n")}
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: files}))
	require.ErrorContains(t, err, "V2__idx.sql:3:1: ")
	require.ErrorContains(t, err, "2 statement(s) before it completed in this run and stay applied")
	require.ErrorContains(t, err, "it left INVALID index public.c (line 3)")

	b2 := setup(t)
	files = recoverySetup(t, b2)
	files["V2__idx.sql"] = &fstest.MapFile{Data: []byte("CREATE UNIQUE INDEX CONCURRENTLY c ON t (v);\n")}
	_, err = migrate.Run(t.Context(), b2.config(migrate.Module{Name: "core", Scripts: files}))
	require.ErrorContains(t, err, "no statement before it completed in this run, and the migration is recorded as failed")
	require.NotContains(t, err.Error(), "0 statement(s)")
	require.ErrorContains(t, err, "it left INVALID index public.c (line 1)")
}

// REINDEX … CONCURRENTLY that does not finish leaves *_ccnew indexes
// INVALID; an interrupted DROP INDEX CONCURRENTLY may have finished. Run
// names both; Repair drops the one and records the other.
func TestInterruptedReindexAndDrop(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := recoverySetup(t, b)
	b.exec(t, "CREATE INDEX t_id ON t (id)")
	b.invalidIndex(t, "t_id_ccnew")
	files["V2__reindex.sql"] = &fstest.MapFile{Data: []byte("REINDEX (VERBOSE) INDEX CONCURRENTLY t_id;\n")}
	cfg := b.config(migrate.Module{Name: "core", Scripts: files})
	_, err := migrate.Run(t.Context(), cfg)
	var ie *migrate.InterruptedError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, []migrate.LeftoverIndex{{Index: "public.t_id_ccnew", Exists: true, Version: "2", Script: "V2__reindex.sql", Line: 1}}, ie.Indexes)
	res, err := runRecovery(t.Context(), cfg, migrate.RepairOptions{DropInvalidIndexes: true, RecordCompleted: true}, false)
	require.NoError(t, err)
	require.Len(t, res.Modules[0].DroppedIndexes, 1)
	require.Empty(t, res.Modules[0].Recorded, "whether REINDEX ran cannot be verified")
	_, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)

	files["V3__drop.sql"] = &fstest.MapFile{Data: []byte("DROP INDEX CONCURRENTLY t_id;\n")}
	b.exec(t, "DROP INDEX t_id") // what the interrupted run did
	_, err = migrate.Run(t.Context(), cfg)
	require.ErrorAs(t, err, &ie)
	require.Equal(t, []migrate.LeftoverIndex{{Index: "public.t_id", Version: "3", Script: "V3__drop.sql", Line: 1}}, ie.Indexes)
	require.True(t, ie.Complete)
	res, err = runRecovery(t.Context(), cfg, migrate.RepairOptions{RecordCompleted: true}, false)
	require.NoError(t, err)
	require.Equal(t, "3", res.Modules[0].Recorded[0].Version)
	_, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
}

// Names resolve as when the script runs: Config.Schema first on the
// search path, the script's own SET search_path, quoted identifiers. A
// script that drops the index before creating it runs as it is.
func TestInterruptedIndexNames(t *testing.T) {
	t.Parallel()
	b := setup(t)
	b.exec(t, `CREATE SCHEMA app; CREATE SCHEMA "Other"; CREATE TABLE "Other"."My T" (id int); CREATE INDEX "Idx 1" ON "Other"."My T" (id)`)
	files := fstest.MapFS{"V1__t.sql": {Data: []byte("CREATE TABLE t (id int, v int);")}}
	cfg := b.config(migrate.Module{Name: "core", Scripts: files})
	cfg.Schema, cfg.Mixed = "app", true
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	b.exec(t, "CREATE INDEX t_id ON app.t (id)")
	files["V2__idx.sql"] = &fstest.MapFile{Data: []byte("CREATE INDEX CONCURRENTLY t_id ON t (id);\nSET search_path = \"Other\";\n" +
		"CREATE INDEX CONCURRENTLY \"Idx 1\" ON \"My T\" (id);\n")}
	_, err = migrate.Run(t.Context(), cfg)
	var ie *migrate.InterruptedError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, []string{"app.t_id", `"Other"."Idx 1"`}, []string{ie.Indexes[0].Index, ie.Indexes[1].Index})
	require.True(t, ie.Complete)

	files["V2__idx.sql"] = &fstest.MapFile{Data: []byte("DROP INDEX CONCURRENTLY IF EXISTS t_id;\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n")}
	_, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
}

// Index names with placeholders are read once replaced; a statement
// recovery does not read (here a DO block that drops the index) makes
// what follows uncertain, so Run lets the script decide.
func TestInterruptedIndexPlaceholdersAndOther(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := recoverySetup(t, b)
	b.exec(t, "CREATE INDEX t_id ON t (id)")
	files["V2__idx.sql"] = &fstest.MapFile{Data: []byte("CREATE INDEX CONCURRENTLY ${prefix}_id ON t (id);\n")}
	mod := migrate.Module{Name: "core", Scripts: files, Placeholders: map[string]string{"prefix": "t"}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	var ie *migrate.InterruptedError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "public.t_id", ie.Indexes[0].Index)

	files["V2__idx.sql"] = &fstest.MapFile{Data: []byte("DO $$ BEGIN EXECUTE 'DROP INDEX ' || '${prefix}_id'; END $$;\n" +
		"CREATE INDEX CONCURRENTLY ${prefix}_id ON t (id);\n")}
	cfg := b.config(mod)
	cfg.Mixed = true
	_, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, "valid", b.indexState(t, "t_id"))
}
