package migrate_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// sum is the Flyway checksum of s.
func sum(t *testing.T, s string) int32 {
	t.Helper()
	c, err := migrate.Checksum(strings.NewReader(s))
	require.NoError(t, err)
	return c
}

// insertRow adds a status row as Flyway would have written it.
func (b *bundle) insertRow(t *testing.T, table string, rank int, version any, desc, typ, script string, checksum any, success bool) {
	t.Helper()
	_, err := b.pool.Exec(t.Context(), `INSERT INTO `+table+` (installed_rank, version, description, type, script, checksum,
		installed_by, execution_time, success) VALUES ($1, $2, $3, $4, $5, $6, 'flyway', 3, $7)`,
		rank, version, desc, typ, script, checksum, success)
	require.NoError(t, err)
}

// states returns "version description: state" lines of a module's info.
func states(st migrate.ModuleStatus) []string {
	var out []string
	for _, m := range st.Migrations {
		out = append(out, fmt.Sprintf("%s %s %s: %s", m.Category, m.Version, m.Description, m.State))
	}
	return out
}

// Every state Flyway's info shows, from one status table written by hand.
func TestInfoStates(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := fstest.MapFS{
		"V0_0_5__old.sql":   {Data: []byte("SELECT 1/0;")},
		"V0_1__base.sql":    {Data: []byte("SELECT 1/0;")},
		"V1__one.sql":       {Data: []byte("SELECT 1;")},
		"V1_7__branch.sql":  {Data: []byte("SELECT 17;")},
		"V2_5__late.sql":    {Data: []byte("SELECT 25;")},
		"V3__three.sql":     {Data: []byte("SELECT 3;")},
		"V3_5__tmp.sql":     {Data: []byte("SELECT 35;")},
		"U3_5__tmp.sql":     {Data: []byte("SELECT -35;")},
		"V3_4__fail.sql":    {Data: []byte("SELECT 34;")},
		"V4__four.sql":      {Data: []byte("SELECT 4;")},
		"V5__five.sql":      {Data: []byte("SELECT 5;")},
		"R__views.sql":      {Data: []byte("SELECT 'views v3';")},
		"R__new.sql":        {Data: []byte("SELECT 'new';")},
		"V1_4__deleted.sql": {Data: []byte("SELECT 14;")},
	}
	delete(files, "V1_4__deleted.sql") // applied, then deleted by a repair
	mod := migrate.Module{Name: "myplaces", Scripts: files, Target: "4"}
	cfg := b.config(mod)
	require.NoError(t, runBaseline(t.Context(), cfg, "myplaces", "0.1", ""))
	table := "oskari_status_myplaces"
	rows := []struct {
		version           any
		desc, typ, script string
		checksum          any
		success           bool
	}{
		{"1", "one", "SQL", "V1__one.sql", sum(t, "SELECT 1;"), true},
		{"1.2", "gone", "SQL", "V1_2__gone.sql", 12, true},
		{"1.3", "gone failed", "SQL", "V1_3__gone_failed.sql", 13, false},
		{"3", "three", "SQL", "V3__three.sql", sum(t, "SELECT 3;"), true},
		{"2.5", "late", "SQL", "V2_5__late.sql", sum(t, "SELECT 25;"), true},
		{"3.5", "tmp", "SQL", "V3_5__tmp.sql", sum(t, "SELECT 35;"), true},
		{"3.5", "tmp", "UNDO_SQL", "U3_5__tmp.sql", sum(t, "SELECT -35;"), true},
		{"3.4", "fail", "SQL", "V3_4__fail.sql", sum(t, "SELECT 34;"), false},
		{"1.4", "deleted", "SQL", "V1_4__deleted.sql", sum(t, "SELECT 14;"), true},
		{"1.4", "deleted", "DELETE", "V1_4__deleted.sql", sum(t, "SELECT 14;"), true},
		{nil, "views", "SQL", "R__views.sql", sum(t, "SELECT 'views v1';"), true},
		{nil, "views", "SQL", "R__views.sql", sum(t, "SELECT 'views v2';"), true},
	}
	for i, r := range rows {
		b.insertRow(t, table, i+2, r.version, r.desc, r.typ, r.script, r.checksum, r.success)
	}

	got, err := runInfo(t.Context(), cfg)
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Equal(t, []string{
		"Versioned 0.0.5 old: Below Baseline",
		"Versioned 0.1 base: Ignored (Baseline)",
		"Baseline 0.1 << Flyway Baseline >>: Baseline",
		"Versioned 1 one: Success",
		"Versioned 1.2 gone: Missing",
		"Versioned 1.3 gone failed: Failed (Missing)",
		"Versioned 3 three: Success",
		"Versioned 2.5 late: Out of Order",
		"Versioned 3.5 tmp: Undone",
		"Undo 3.5 tmp: Success",
		"Versioned 3.4 fail: Failed",
		"Versioned 1.4 deleted: Deleted",
		"Repeatable  views: Superseded",
		"Repeatable  views: Outdated",
		"Versioned 1.7 branch: Ignored",
		"Versioned 3.5 tmp: Pending",
		"Versioned 4 four: Pending",
		"Versioned 5 five: Above Target",
		"Repeatable  new: Pending",
		"Repeatable  views: Pending",
	}, states(got[0]))
	require.Equal(t, "3.4", got[0].Version, "the highest applied version, failed or not")
	require.True(t, got[0].Exists)

	// Future migrations: applied by a newer deployment.
	b2 := setup(t)
	cfg2 := b2.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__one.sql": {Data: []byte("SELECT 1;")}}})
	require.NoError(t, runBaseline(t.Context(), cfg2, "core", "0", ""))
	b2.insertRow(t, "oskari_status", 2, "1", "one", "SQL", "V1__one.sql", sum(t, "SELECT 1;"), true)
	b2.insertRow(t, "oskari_status", 3, "9", "future", "JDBC", "com.example.V9__future", nil, true)
	b2.insertRow(t, "oskari_status", 4, "10", "future failed", "SQL", "V10__future_failed.sql", 1, false)
	got, err = runInfo(t.Context(), cfg2)
	require.NoError(t, err)
	require.Equal(t, []string{
		"Baseline 0 << Flyway Baseline >>: Baseline",
		"Versioned 1 one: Success",
		"Versioned 9 future: Future",
		"Versioned 10 future failed: Failed (Future)",
	}, states(got[0]))
}

func TestInfoTable(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mods := oskariModules()[:2]
	_, err := migrate.Run(t.Context(), b.config(mods[0]))
	require.NoError(t, err)
	got, err := runInfo(t.Context(), b.config(mods...))
	require.NoError(t, err)
	require.Len(t, got, 2)

	core := got[0].String()
	require.Contains(t, core, `Module core ("public"."oskari_status"): version 1.1`)
	require.Contains(t, core, "| Category  | Version | Description     | Type | Installed On        | State   |")
	require.Regexp(t, `\| Versioned \| 1\.0\.1   \| Populate layers \| JDBC \| \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \| Success \|`, core)

	myplaces := got[1]
	require.False(t, myplaces.Exists)
	require.Equal(t, "", myplaces.Version)
	require.Len(t, myplaces.Pending(), 3)
	require.Contains(t, myplaces.String(), "version << Empty Schema >>")
	require.Contains(t, myplaces.String(), "| Versioned | 1.1     | seed        | JDBC |              | Pending |")

	// Info takes no lock and changes nothing.
	require.False(t, b.tableExists(t, "oskari_status_myplaces"))
}
