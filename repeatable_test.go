package migrate_test

import (
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

func TestRepeatableMigrations(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := fstest.MapFS{
		"V1__table.sql":       {Data: []byte("CREATE TABLE t (id int, name text);")},
		"V2__more.sql":        {Data: []byte("ALTER TABLE t ADD COLUMN extra int;")},
		"R__b_view.sql":       {Data: []byte("CREATE OR REPLACE VIEW v_b AS SELECT id FROM t;")},
		"views/R__a_view.sql": {Data: []byte("DROP VIEW IF EXISTS v_a; CREATE VIEW v_a AS SELECT ${col} FROM t;")},
	}
	cfg := b.config(migrate.Module{Name: "myplaces", Scripts: files})
	cfg.Placeholders = map[string]string{"col": "name"}
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	var applied []string
	for _, a := range res.Modules[0].Applied {
		applied = append(applied, a.Version+" "+a.Script)
	}
	// Versioned first, then repeatables by description.
	require.Equal(t, []string{"1 V1__table.sql", "2 V2__more.sql", " views/R__a_view.sql", " R__b_view.sql"}, applied)
	replacedSum := sum(t, "DROP VIEW IF EXISTS v_a; CREATE VIEW v_a AS SELECT name FROM t;")
	require.Equal(t, []string{
		"1|1|table|SQL|V1__table.sql|" + itoa(sum(t, "CREATE TABLE t (id int, name text);")) + "|true",
		"2|2|more|SQL|V2__more.sql|" + itoa(sum(t, "ALTER TABLE t ADD COLUMN extra int;")) + "|true",
		"3||a view|SQL|views/R__a_view.sql|" + itoa(replacedSum) + "|true", // checksum after replacement
		"4||b view|SQL|R__b_view.sql|" + itoa(sum(t, "CREATE OR REPLACE VIEW v_b AS SELECT id FROM t;")) + "|true",
	}, b.rows(t, "oskari_status_myplaces"))

	// Unchanged: nothing runs.
	res, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Zero(t, res.Applied())

	// A changed repeatable runs again, with a new row; the old row is
	// Superseded. Changing a placeholder value changes the checksum too.
	files["R__b_view.sql"] = &fstest.MapFile{Data: []byte("CREATE OR REPLACE VIEW v_b AS SELECT id, extra FROM t;")}
	info, err := runInfo(t.Context(), cfg)
	require.NoError(t, err)
	require.Contains(t, states(info[0]), "Repeatable  b view: Outdated")
	require.Contains(t, states(info[0]), "Repeatable  b view: Pending")
	res, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied())
	require.Equal(t, "R__b_view.sql", res.Modules[0].Applied[0].Script)
	info, err = runInfo(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, []string{
		"Versioned 1 table: Success",
		"Versioned 2 more: Success",
		"Repeatable  a view: Success",
		"Repeatable  b view: Superseded",
		"Repeatable  b view: Success",
	}, states(info[0]))
	require.Equal(t, "2", info[0].Version)

	cfg.Placeholders["col"] = "id"
	res, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied())
	require.Equal(t, "views/R__a_view.sql", res.Modules[0].Applied[0].Script)
}

// A stored checksum of the raw text (before placeholder replacement) is
// accepted for repeatables too, as Flyway accepts both.
func TestRepeatableRawChecksumAccepted(t *testing.T) {
	t.Parallel()
	b := setup(t)
	const raw = "CREATE OR REPLACE VIEW v AS SELECT ${col} AS c;"
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"R__v.sql": {Data: []byte(raw)}}})
	cfg.Placeholders = map[string]string{"col": "1"}
	require.NoError(t, runBaseline(t.Context(), cfg, "core", "0", ""))
	b.insertRow(t, "oskari_status", 2, nil, "v", "SQL", "R__v.sql", sum(t, raw), true)
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Zero(t, res.Applied())
}

func TestRepeatableFailureLeavesNothing(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := fstest.MapFS{
		"V1__t.sql": {Data: []byte("CREATE TABLE t (id int);")},
		"R__v.sql":  {Data: []byte("CREATE VIEW v AS SELECT id FROM t;\nCREATE VIEW w AS SELECT nope FROM t;")},
	}
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: files}))
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, "R__v.sql", merr.Script)
	require.Equal(t, [2]int{2, 25}, [2]int{merr.Line, merr.Column})
	require.Len(t, b.rows(t, "oskari_status"), 1)
	require.False(t, b.tableExists(t, "v"))
}

func TestTargets(t *testing.T) {
	t.Parallel()
	files := func() fstest.MapFS {
		return fstest.MapFS{
			"V1__a.sql":   {Data: []byte("SELECT 1;")},
			"V1_1__b.sql": {Data: []byte("SELECT 2;")},
			"V2__c.sql":   {Data: []byte("SELECT 3;")},
			"V3__d.sql":   {Data: []byte("SELECT 4;")},
		}
	}
	tests := []struct {
		target  string
		first   string // version after the first Run
		second  string // after a second Run with the same target
		wantErr error
	}{
		{target: "", first: "3", second: "3"},
		{target: "latest", first: "3", second: "3"},
		{target: "1.1", first: "1.1", second: "1.1"},
		{target: "1_1", first: "1.1", second: "1.1"},
		{target: "next", first: "1", second: "1.1"},
		{target: "current", first: "", second: ""},
		{target: "2.5?", first: "2", second: "2"},
		{target: "2.5", wantErr: migrate.ErrTargetNotFound},
		{target: "x", wantErr: migrate.ErrInvalidConfig},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			b := setup(t)
			cfg := b.config(migrate.Module{Name: "core", Scripts: files(), Target: tt.target})
			res, err := migrate.Run(t.Context(), cfg)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.first, res.Modules[0].Version)
			res, err = migrate.Run(t.Context(), cfg)
			require.NoError(t, err)
			require.Equal(t, tt.second, res.Modules[0].Version)
			if tt.target == "1.1" {
				info, err := runInfo(t.Context(), cfg)
				require.NoError(t, err)
				require.Contains(t, states(info[0]), "Versioned 3 d: Above Target")
			}
		})
	}
}

// Target "next" picks the first migration that would be pending, also an
// out-of-order one; a target equal to the baseline exists.
func TestTargetNextOutOfOrderAndBaseline(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}, "V3__c.sql": {Data: []byte("SELECT 3;")}}
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: files}))
	require.NoError(t, err)
	files["V2__b.sql"] = &fstest.MapFile{Data: []byte("SELECT 2;")}
	files["V4__d.sql"] = &fstest.MapFile{Data: []byte("SELECT 4;")}
	cfg := b.config(migrate.Module{Name: "core", Scripts: files, Target: "next"})
	cfg.OutOfOrder = true
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Len(t, res.Modules[0].Applied, 1)
	require.Equal(t, "2", res.Modules[0].Applied[0].Version)

	b2 := setup(t)
	res, err = migrate.Run(t.Context(), b2.config(migrate.Module{Name: "core", Baseline: "2.0.0", Target: "2.0.0",
		Scripts: fstest.MapFS{"V1__old.sql": {Data: []byte("SELECT 1;")}, "V2_1__new.sql": {Data: []byte("SELECT 2;")}}}))
	require.NoError(t, err)
	require.Zero(t, res.Applied())
}
