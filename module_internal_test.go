package migrate

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
)

func TestParseScriptName(t *testing.T) {
	t.Parallel()
	valid := []struct {
		file string
		want scriptName
	}{
		{"V1_2__Add_users.sql", scriptName{prefix: 'V', version: "1_2", description: "Add users"}},
		{"V1.sql", scriptName{prefix: 'V', version: "1"}},
		{"V001_2__x.SQL", scriptName{prefix: 'V', version: "001_2", description: "x"}},
		{"V1_0_1__add-table_for__x.sql", scriptName{prefix: 'V', version: "1_0_1", description: "add-table for  x"}},
		{"R__views.sql", scriptName{prefix: 'R', description: "views"}},
		{"U1_2__undo.sql", scriptName{prefix: 'U', version: "1_2", description: "undo"}},
		{"beforeMigrate.sql", scriptName{event: "beforeMigrate"}},
		{"afterMigrate__note.sql", scriptName{event: "afterMigrate", description: "note"}},
	}
	for _, tt := range valid {
		got, ok, err := parseScriptName(tt.file)
		require.NoError(t, err, tt.file)
		require.True(t, ok, tt.file)
		if tt.want.version != "" {
			require.Equal(t, tt.want.version, strings.ReplaceAll(got.parsed.String(), ".", "_"), tt.file)
		}
		got.parsed = Version{}
		require.Equal(t, tt.want, got, tt.file)
	}
	for _, file := range []string{"V__x.sql", "V1a__x.sql", "V1-2__x.sql", "R1__x.sql", "v1__x.sql", "init.sql", "__x.sql", "V.sql", "R_x.sql"} {
		_, ok, err := parseScriptName(file)
		require.True(t, ok, file)
		require.ErrorIs(t, err, ErrInvalidName, file)
		require.Contains(t, err.Error(), file)
	}
	for _, file := range []string{"README.md", "V1__x.sql.conf", "helper.go", "x.json", "sql"} {
		_, ok, err := parseScriptName(file)
		require.False(t, ok, file)
		require.NoError(t, err, file)
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	up := func(context.Context, pgx.Tx) error { return nil }
	m := &Module{
		Name: "myplaces",
		Scripts: fstest.MapFS{
			"V1_0__create.sql":            {Data: []byte("CREATE TABLE a (id int);\n")},
			"sub/V1_0_1__more.sql":        {Data: []byte("SELECT 1;\n")},
			"V1_0_3__after_step.sql":      {Data: []byte("SELECT 1;\n")},
			"helper.json":                 {Data: []byte("{}")},
			"V1_0_3__after_step.sql.conf": {Data: []byte("executeInTransaction=true")},
		},
		Steps: []Step{{Version: "1.0.2", Description: "Populate data", Up: up}},
	}
	r, err := resolve(m)
	require.NoError(t, err)
	migs := r.versioned
	var got []string
	for _, mg := range migs {
		got = append(got, mg.version.String()+" "+string(mg.typ)+" "+mg.name)
	}
	require.Equal(t, []string{
		"1.0 SQL V1_0__create.sql",
		"1.0.1 SQL sub/V1_0_1__more.sql",
		"1.0.2 JDBC V1_0_2__Populate_data",
		"1.0.3 SQL V1_0_3__after_step.sql",
	}, got)
	require.Equal(t, int32(78787420), migs[1].script.checksum)
	require.Nil(t, migs[2].script)
	require.True(t, migs[3].script.conf == scriptConf{}, "executeInTransaction=true read from the listing")
}

func TestResolveErrors(t *testing.T) {
	t.Parallel()
	up := func(context.Context, pgx.Tx) error { return nil }
	m := &Module{
		Name: "analysis",
		Scripts: fstest.MapFS{
			"V1__a.sql":     {Data: []byte("SELECT 1;")},
			"V1_0__b.sql":   {Data: []byte("SELECT 1;")},
			"V2a__bad.sql":  {Data: []byte("SELECT 1;")},
			"v3__lower.sql": {Data: []byte("SELECT 1;")},
		},
		Steps: []Step{
			{Version: "1.0.0", Script: "fi.example.V1_0_0", Up: up},
			{Version: "x", Up: up},
			{Version: "4"},
		},
	}
	_, err := resolve(m)
	require.ErrorIs(t, err, ErrDuplicateVersion)
	require.ErrorIs(t, err, ErrInvalidName)
	require.ErrorIs(t, err, ErrInvalidConfig)
	msg := err.Error()
	for _, want := range []string{
		`analysis: V1__a.sql: duplicate migration version: version 1 is also used by V1_0__b.sql`,
		`analysis: fi.example.V1_0_0: duplicate migration version: version 1.0.0 is also used by V1_0__b.sql`,
		`analysis: V2a__bad.sql: invalid migration name`,
		`analysis: v3__lower.sql: invalid migration name`,
		`analysis: Vx: invalid migration name: step: version "x"`,
		`analysis: V4: invalid configuration: step 4 has no Up function`,
	} {
		require.Contains(t, msg, want)
	}
}

func TestResolveEmptyModule(t *testing.T) {
	t.Parallel()
	_, err := resolve(&Module{Name: "custom", Scripts: fstest.MapFS{"README.md": {}}})
	require.ErrorIs(t, err, ErrInvalidConfig)
	require.Contains(t, err.Error(), "custom: invalid configuration: module has no migrations")
}

// resolve resolves m with the default configuration.
func resolve(m *Module) (*source, error) {
	cfg := Config{}.withDefaults()
	return resolveModule(&cfg, *m)
}
