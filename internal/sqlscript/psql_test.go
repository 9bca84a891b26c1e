package sqlscript_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

func TestMeta(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		src     string
		want    []string
		command string // of the first statement
	}{
		{"restrict", "\\restrict abc\nSELECT 1;", []string{"\\restrict abc\n", "SELECT 1;"}, "restrict"},
		{"after comments", "-- x\n/* y */ \\unrestrict k\r\nSELECT 1;", []string{"-- x\n/* y */ \\unrestrict k\r\n", "SELECT 1;"}, "unrestrict"},
		{"at the end of the script", "\\connect db", []string{"\\connect db"}, "connect"},
		{"after a statement on its line", "SELECT 1; \\c db\nSELECT 2;", []string{"SELECT 1;", " \\c db\n", "SELECT 2;"}, ""},
		{"semicolons are arguments", "\\echo a; b\\\\x;\n", []string{"\\echo a; b\\\\x;\n"}, "echo"},
		{"name ends at a backslash", "\\x\\y\n", []string{"\\x\\y\n"}, "x"},
		{"bare backslash", "\\\n", []string{"\\\n"}, ""},
		{"inside a statement it is an operator", "SELECT 1\n\\gset\nSELECT 2;", []string{"SELECT 1\n\\gset\nSELECT 2;"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := scanVariants(t, tt.src)
			require.NoError(t, err)
			require.Equal(t, tt.want, texts(got.Stmts))
			var metas []string
			for _, st := range got.Stmts {
				if st.Kind == sqlscript.Meta {
					metas = append(metas, st.Command)
				}
			}
			if tt.command != "" {
				require.Equal(t, tt.command, got.Stmts[0].Command)
				require.Equal(t, sqlscript.Meta, got.Stmts[0].Kind)
			}
			if tt.name == "inside a statement it is an operator" {
				require.Empty(t, metas)
			}
		})
	}
	require.Equal(t, "meta", sqlscript.Meta.String())
}

func TestStandardConformingStrings(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"on by default", `SELECT 'a\';SELECT 2;`, []string{`SELECT 'a\';`, "SELECT 2;"}},
		{"off", `SET standard_conforming_strings = off; SELECT 'a\'b;';`, []string{"SET standard_conforming_strings = off;", ` SELECT 'a\'b;';`}},
		{"off, N string", `SET standard_conforming_strings = off; SELECT N'a\'b;';`, []string{"SET standard_conforming_strings = off;", ` SELECT N'a\'b;';`}},
		{"off, B and X strings keep backslashes", `SET standard_conforming_strings = off; SELECT X'\';SELECT 2;`, []string{"SET standard_conforming_strings = off;", ` SELECT X'\';`, "SELECT 2;"}},
		{"session to 'off'", `set session standard_conforming_strings to 'off';SELECT 'a\'';`, []string{"set session standard_conforming_strings to 'off';", `SELECT 'a\'';`}},
		{"local false", `SET LOCAL standard_conforming_strings = false;SELECT 'a\'';`, []string{"SET LOCAL standard_conforming_strings = false;", `SELECT 'a\'';`}},
		{"back on", `SET standard_conforming_strings = off;SET standard_conforming_strings = on;SELECT 'a\';`, []string{"SET standard_conforming_strings = off;", "SET standard_conforming_strings = on;", `SELECT 'a\';`}},
		{"default", `SET standard_conforming_strings = off;SET standard_conforming_strings TO DEFAULT;SELECT 'a\';`, []string{"SET standard_conforming_strings = off;", "SET standard_conforming_strings TO DEFAULT;", `SELECT 'a\';`}},
		{"reset", `SET standard_conforming_strings = off;RESET standard_conforming_strings;SELECT 'a\';`, []string{"SET standard_conforming_strings = off;", "RESET standard_conforming_strings;", `SELECT 'a\';`}},
		{"reset all", `SET standard_conforming_strings = off;RESET ALL;SELECT 'a\';`, []string{"SET standard_conforming_strings = off;", "RESET ALL;", `SELECT 'a\';`}},
		{"set_config", `SELECT set_config('standard_conforming_strings', 'off', false);SELECT 'a\'';`, []string{"SELECT set_config('standard_conforming_strings', 'off', false);", `SELECT 'a\'';`}},
		{"invalid value changes nothing", `SET standard_conforming_strings = maybe;SELECT 'a\';`, []string{"SET standard_conforming_strings = maybe;", `SELECT 'a\';`}},
		{"other settings change nothing", `SET escape_string_warning = off;SELECT 'a\';`, []string{"SET escape_string_warning = off;", `SELECT 'a\';`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := scanVariants(t, tt.src)
			require.NoError(t, err)
			require.Equal(t, tt.want, texts(got.Stmts))
		})
	}
}

func TestNUL(t *testing.T) {
	t.Parallel()
	for _, src := range []string{"SELECT 1;\nSELECT\x00 2;", "SELECT 1;\nSELECT '\x00';", "SELECT 1;\n-- \x00\nSELECT 2;"} {
		_, err := scanVariants(t, src)
		var se *sqlscript.SyntaxError
		require.ErrorAs(t, err, &se, "%q", src)
		require.Equal(t, "NUL byte in script", se.Msg)
		require.Equal(t, 2, se.Line, "%q", src)
	}
	_, err := sqlscript.Split("SELECT 1;\n  é\x00;")
	require.EqualError(t, err, "line 2, column 4: NUL byte in script")
}

func TestKindPsqlDump(t *testing.T) {
	t.Parallel()
	for src, want := range map[string]sqlscript.Kind{
		"CLUSTER":                     sqlscript.NoTransaction,
		"CLUSTER VERBOSE":             sqlscript.NoTransaction,
		"CLUSTER (VERBOSE)":           sqlscript.NoTransaction,
		"CLUSTER t":                   sqlscript.Plain,
		"CLUSTER (VERBOSE) t USING i": sqlscript.Plain,
		"ALTER TABLE IF EXISTS ONLY p DETACH PARTITION c CONCURRENTLY": sqlscript.NoTransaction,
		"alter table p detach partition c concurrently":                sqlscript.NoTransaction,
		"ALTER TABLE p DETACH PARTITION c FINALIZE":                    sqlscript.Plain,
		"ALTER INDEX i RENAME TO concurrently":                         sqlscript.Plain,
		"ALTER DATABASE d SET TABLESPACE ts":                           sqlscript.NoTransaction,
		`ALTER DATABASE "d" SET tablespace ts`:                         sqlscript.NoTransaction,
		"ALTER DATABASE d SET work_mem = 1":                            sqlscript.Plain,
		"COMMIT PREPARED 'g'":                                          sqlscript.NoTransaction,
		"ROLLBACK PREPARED 'g'":                                        sqlscript.NoTransaction,
		"PREPARE TRANSACTION 'g'":                                      sqlscript.Plain,
	} {
		stmts, err := sqlscript.Split(src + ";")
		require.NoError(t, err)
		require.Len(t, stmts, 1, src)
		require.Equal(t, want, stmts[0].Kind, src)
	}
}
