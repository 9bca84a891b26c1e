package migrate

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseIndexStmt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		sql  string
		want indexStmt
	}{
		{"CREATE INDEX CONCURRENTLY t_id ON t (id)", indexStmt{op: opCreate, concurrently: true, name: qualified{name: "t_id"}, table: qualified{name: "t"}}},
		{"create unique index concurrently if not exists T_Id on only Public.T using btree (id);",
			indexStmt{op: opCreate, concurrently: true, ifExists: true, name: qualified{name: "t_id"}, table: qualified{schema: "public", name: "t"}}},
		{"/* a /* nested */ comment */ CREATE -- here\n INDEX \"Idx \"\"1\"\"\" ON \"S\".\"My T\" (id)",
			indexStmt{op: opCreate, name: qualified{name: `Idx "1"`}, table: qualified{schema: "S", name: "My T"}}},
		{"CREATE INDEX CONCURRENTLY ON t (id)", indexStmt{op: opCreate, concurrently: true, table: qualified{name: "t"}}},
		{"CREATE INDEX CONCURRENTLY ÄÖ ON db.s.t (id)", indexStmt{op: opCreate, concurrently: true, name: qualified{name: "ÄÖ"}, table: qualified{schema: "s", name: "t"}}},
		{"DROP INDEX CONCURRENTLY IF EXISTS s.i CASCADE", indexStmt{op: opDrop, concurrently: true, ifExists: true, name: qualified{schema: "s", name: "i"}}},
		{"DROP INDEX i", indexStmt{op: opDrop, name: qualified{name: "i"}}},
		{"DROP INDEX a, b", indexStmt{}},
		{"REINDEX INDEX CONCURRENTLY s.i", indexStmt{op: opReindex, concurrently: true, target: "index", object: qualified{schema: "s", name: "i"}}},
		{"REINDEX (VERBOSE, CONCURRENTLY) TABLE t", indexStmt{op: opReindex, concurrently: true, target: "table", object: qualified{name: "t"}}},
		{"REINDEX (CONCURRENTLY false) TABLE t", indexStmt{}},
		{"REINDEX TABLE t", indexStmt{}},
		{"REINDEX DATABASE CONCURRENTLY", indexStmt{op: opReindex, concurrently: true, target: "database"}},
		{"REINDEX SCHEMA CONCURRENTLY app", indexStmt{op: opReindex, concurrently: true, target: "schema", object: qualified{name: "app"}}},
		{"SET search_path = app", indexStmt{op: opSet}},
		{"reset ALL", indexStmt{op: opSet}},
		{"CREATE TABLE t (id int)", indexStmt{}},
		{"CREATE INDEX CONCURRENTLY U&\"d\\0061t\" ON t (id)", indexStmt{}},
		{"CREATE INDEX CONCURRENTLY IF EXISTS i ON t (id)", indexStmt{}},
		{"VACUUM t", indexStmt{}},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, parseIndexStmt(tt.sql), tt.sql)
	}
}

func TestParseConnect(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args, want, err string
	}{
		{" runway_1\n", "runway_1", ""},
		{` "MyDb"` + "\r\n", "MyDb", ""},
		{` -reuse-previous=on "dbname='my db\'s'"`, "my db's", ""},
		{` -reuse-previous=on "dbname=a.b"`, "a.b", ""},
		{` "a""b"`, `a"b`, ""},
		{` 'it''s'`, "it's", ""},
		{"", "", ""},
		{" -", "", ""},
		{" - -", "", ""},
		{" db other_user", "", "another connection"},
		{` "dbname=x host=elsewhere"`, "", `keyword "host" is another connection`},
		{" postgres://h/db", "", "URI"},
		{" :db", "", "not supported"},
		{" `echo db`", "", "not supported"},
		{` "db`, "", "unterminated"},
	}
	for _, tt := range tests {
		got, err := parseConnect(tt.args)
		if tt.err != "" {
			require.ErrorContains(t, err, tt.err, tt.args)
			continue
		}
		require.NoError(t, err, tt.args)
		require.Equal(t, tt.want, got, tt.args)
	}
}

func TestDisplayName(t *testing.T) {
	t.Parallel()
	require.Equal(t, "public.t_id", displayName(qualified{schema: "public", name: "t_id"}))
	require.Equal(t, `"Other"."Idx 1"`, displayName(qualified{schema: "Other", name: "Idx 1"}))
}
