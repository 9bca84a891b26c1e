package sqlscript_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

func TestSplit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []string // statement spans
	}{
		{"empty", "", nil},
		{"only whitespace and comments", " \n-- x;\n/* y; */\t", nil},
		{"only semicolons", ";; ;\n", nil},
		{"one", "SELECT 1;", []string{"SELECT 1;"}},
		{"two", "SELECT 1; SELECT 2;", []string{"SELECT 1;", " SELECT 2;"}},
		{"no final semicolon", "SELECT 1;\nSELECT 2", []string{"SELECT 1;", "\nSELECT 2"}},
		{"no final semicolon, trailing comment", "SELECT 1 -- done", []string{"SELECT 1 -- done"}},
		{"trailing text is not a statement", "SELECT 1; -- end\n/* c */\n", []string{"SELECT 1;"}},
		{"empty statements join the next", ";;SELECT 1;;;SELECT 2;;", []string{";;SELECT 1;", ";;SELECT 2;"}},
		{"leading comments belong to the next", "SELECT 1; -- one\n/* two */ SELECT 2;", []string{"SELECT 1;", " -- one\n/* two */ SELECT 2;"}},

		// Single-quoted strings.
		{"string with semicolon and doubled quote", "SELECT 'a;b''c;';SELECT 2;", []string{"SELECT 'a;b''c;';", "SELECT 2;"}},
		{"backslash is literal in standard strings", `SELECT 'a\';SELECT 2;`, []string{`SELECT 'a\';`, "SELECT 2;"}},
		{"string then string", "SELECT 'a' 'b;';", []string{"SELECT 'a' 'b;';"}},
		{"identifier ending in e before a quote", `SELECT some'x\';SELECT 2;`, []string{`SELECT some'x\';`, "SELECT 2;"}},
		{"N, B and X strings", "SELECT N'a;', B'0;1', X'1;F', n'x', b'1', x'2';", []string{"SELECT N'a;', B'0;1', X'1;F', n'x', b'1', x'2';"}},

		// Escape strings.
		{"E string with escaped quote", `SELECT E'a\';b';SELECT 2;`, []string{`SELECT E'a\';b';`, "SELECT 2;"}},
		{"e string with escaped backslash", `SELECT e'\\';SELECT 2;`, []string{`SELECT e'\\';`, "SELECT 2;"}},
		{"E string with doubled quote", `SELECT E'a'';b';SELECT 2;`, []string{`SELECT E'a'';b';`, "SELECT 2;"}},
		{"E string continues after a newline", "SELECT E'a'\n'\\';x';SELECT 2;", []string{"SELECT E'a'\n'\\';x';", "SELECT 2;"}},
		{"E string continues after a comment line", "SELECT E'a' -- c'\n  \n'\\';x';SELECT 2;", []string{"SELECT E'a' -- c'\n  \n'\\';x';", "SELECT 2;"}},
		{"E string does not continue on the same line", `SELECT E'a' 'b\';SELECT 2;`, []string{`SELECT E'a' 'b\';`, "SELECT 2;"}},
		{"E string does not continue across a block comment", "SELECT E'a'\n/* */'b\\';SELECT 2;", []string{"SELECT E'a'\n/* */'b\\';", "SELECT 2;"}},

		// Unicode escapes.
		{"U& string", `SELECT U&'d\0061t;';SELECT 2;`, []string{`SELECT U&'d\0061t;';`, "SELECT 2;"}},
		{"U& identifier", `SELECT 1 AS U&"a;""b";SELECT 2;`, []string{`SELECT 1 AS U&"a;""b";`, "SELECT 2;"}},
		{"u& without a quote", "SELECT u&1;SELECT 2;", []string{"SELECT u&1;", "SELECT 2;"}},

		// Quoted identifiers.
		{"quoted identifier", `SELECT 1 AS "a;""b';SELECT 2;";SELECT 3;`, []string{`SELECT 1 AS "a;""b';SELECT 2;";`, "SELECT 3;"}},

		// Dollar quotes.
		{"empty tag", "SELECT $$a;'b$$;SELECT 2;", []string{"SELECT $$a;'b$$;", "SELECT 2;"}},
		{"tag", "SELECT $tag$ $$ ; $ta $tag $tag$;SELECT 2;", []string{"SELECT $tag$ $$ ; $ta $tag $tag$;", "SELECT 2;"}},
		{"BODY and fn_1 tags", "SELECT $BODY$;$fn_1$;$BODY$, $fn_1$;$BODY$;$fn_1$;", []string{"SELECT $BODY$;$fn_1$;$BODY$, $fn_1$;$BODY$;$fn_1$;"}},
		{"nested tags", "SELECT $a$ $b$ ; $b$ $a$;SELECT 2;", []string{"SELECT $a$ $b$ ; $b$ $a$;", "SELECT 2;"}},
		{"tag with junk before the close", "SELECT $a$ $x$a$;SELECT 2;", []string{"SELECT $a$ $x$a$;", "SELECT 2;"}},
		{"non-ASCII tag", "SELECT $é$;$é$;SELECT 2;", []string{"SELECT $é$;$é$;", "SELECT 2;"}},
		{"tags are case sensitive", "SELECT $A$;$a$;$A$;", []string{"SELECT $A$;$a$;$A$;"}},
		{"parameter is not a quote", "SELECT $1;SELECT $2;", []string{"SELECT $1;", "SELECT $2;"}},
		{"tag cannot start with a digit", "SELECT $1a$;SELECT 2;", []string{"SELECT $1a$;", "SELECT 2;"}},
		{"quote after a parameter", "SELECT $1$a$;$a$;", []string{"SELECT $1$a$;$a$;"}},
		{"lone dollar", "SELECT $ ;SELECT 2;", []string{"SELECT $ ;", "SELECT 2;"}},
		{"dollar then identifier", "SELECT $a;SELECT 2;", []string{"SELECT $a;", "SELECT 2;"}},
		{"dollar inside identifiers", "SELECT foo$bar, x$$y;SELECT x$a$;SELECT 2;", []string{"SELECT foo$bar, x$$y;", "SELECT x$a$;", "SELECT 2;"}},
		{"quote after a number", "SELECT 1$a$;$a$;", []string{"SELECT 1$a$;$a$;"}},
		{"parameters in strings", "SELECT '$1;$$';SELECT 2;", []string{"SELECT '$1;$$';", "SELECT 2;"}},

		// Numbers (PostgreSQL 15: trailing junk is part of the number).
		{"junk after a number is not an E prefix", `SELECT 1e'\';SELECT 2;`, []string{`SELECT 1e'\';`, "SELECT 2;"}},
		{"exponent then E string", `SELECT 1e+E'\';';SELECT 2;`, []string{`SELECT 1e+E'\';';`, "SELECT 2;"}},
		{"decimal then E string", `SELECT 1.5 E'\';';SELECT 2;`, []string{`SELECT 1.5 E'\';';`, "SELECT 2;"}},
		{"range dots", "SELECT 1..2;SELECT .5e1;", []string{"SELECT 1..2;", "SELECT .5e1;"}},

		// Comments.
		{"line comment", "SELECT 1 -- ; x\n;SELECT 2;", []string{"SELECT 1 -- ; x\n;", "SELECT 2;"}},
		{"line comment ends at CR", "SELECT 1 -- x\r;SELECT 2;", []string{"SELECT 1 -- x\r;", "SELECT 2;"}},
		{"nested block comment", "SELECT /* a /* b ; */ c ; */ 1;SELECT 2;", []string{"SELECT /* a /* b ; */ c ; */ 1;", "SELECT 2;"}},
		{"slash star slash", "SELECT /*/ ; */ 1;SELECT 2;", []string{"SELECT /*/ ; */ 1;", "SELECT 2;"}},
		{"stars", "SELECT /*** ; **/ 1;", []string{"SELECT /*** ; **/ 1;"}},
		{"comment inside an operator", "SELECT 1 +/*;*/ 2, 3 -/**/- 4, 2 --;\n+ 1;", []string{"SELECT 1 +/*;*/ 2, 3 -/**/- 4, 2 --;\n+ 1;"}},
		{"comment markers in strings", "SELECT '--', '/*';SELECT 2;", []string{"SELECT '--', '/*';", "SELECT 2;"}},

		// Parentheses.
		{"semicolon in parentheses", "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); NOTIFY t);SELECT 2;", []string{"CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); NOTIFY t);", "SELECT 2;"}},
		{"unbalanced close parenthesis", "SELECT 1);SELECT 2;", []string{"SELECT 1);", "SELECT 2;"}},

		// BEGIN ATOMIC bodies.
		{"begin atomic", "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;SELECT 3;", []string{"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;", "SELECT 3;"}},
		{"begin atomic with case", "create or replace procedure p() language sql begin atomic select case when true then 1 end; end;select 3;", []string{"create or replace procedure p() language sql begin atomic select case when true then 1 end; end;", "select 3;"}},
		{"case outside begin", "CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN CASE WHEN true THEN 1 END;SELECT 3;", []string{"CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN CASE WHEN true THEN 1 END;", "SELECT 3;"}},
		{"begin in parentheses", "CREATE FUNCTION f(begin int) RETURNS int LANGUAGE sql RETURN 1;SELECT 3;", []string{"CREATE FUNCTION f(begin int) RETURNS int LANGUAGE sql RETURN 1;", "SELECT 3;"}},
		{"begin in a dollar quote", "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$BEGIN RETURN 1; END$$;SELECT 3;", []string{"CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$BEGIN RETURN 1; END$$;", "SELECT 3;"}},
		{"begin outside create function", "SELECT 1 AS begin;SELECT 2;", []string{"SELECT 1 AS begin;", "SELECT 2;"}},
		{"transaction begin", "BEGIN;SELECT 1;END;", []string{"BEGIN;", "SELECT 1;", "END;"}},
		{"create table is not a routine", "CREATE TABLE begin (x int);SELECT 2;", []string{"CREATE TABLE begin (x int);", "SELECT 2;"}},

		// Line endings and byte order mark.
		{"CRLF", "SELECT 1;\r\nSELECT 2;\r\n", []string{"SELECT 1;", "\r\nSELECT 2;"}},
		{"byte order mark", bom + "SELECT 1;SELECT 2", []string{"SELECT 1;", "SELECT 2"}},
		{"byte order mark only", bom, nil},
		{"non-ASCII identifiers", "SELECT 1 AS äö;SELECT 2 AS 日本;", []string{"SELECT 1 AS äö;", "SELECT 2 AS 日本;"}},
		{"psql backslash is ordinary", `SELECT 1 \gset` + "\n;", []string{`SELECT 1 \gset` + "\n;"}},
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

func TestStatementPosition(t *testing.T) {
	t.Parallel()
	src := bom + "-- Käyttäjät\r\nSELECT 'ä;ö';  /* ü */ SELECT 2;\r\n\r\n\tSELECT\r\n3"
	got, err := scanVariants(t, src)
	require.NoError(t, err)
	type pos struct {
		Start  int
		Offset int64
		Line   int
		Column int
	}
	var gotPos []pos
	for _, st := range got.Stmts {
		gotPos = append(gotPos, pos{st.Start, st.Offset, st.Line, st.Column})
	}
	require.Equal(t, []pos{
		{Start: 17, Offset: 0, Line: 2, Column: 1},
		{Start: 11, Offset: 32, Line: 2, Column: 24},
		{Start: 5, Offset: 52, Line: 4, Column: 2},
	}, gotPos)
}

func TestKind(t *testing.T) {
	t.Parallel()
	tests := []struct {
		src  string
		want sqlscript.Kind
	}{
		{"SELECT 1", sqlscript.Plain},
		{"CREATE INDEX i ON t (a)", sqlscript.Plain},
		{"CREATE INDEX CONCURRENTLY i ON t (a)", sqlscript.NoTransaction},
		{"create unique index concurrently if not exists i on t (a)", sqlscript.NoTransaction},
		{"CREATE UNIQUE INDEX i ON t (a)", sqlscript.Plain},
		{"DROP INDEX CONCURRENTLY i", sqlscript.NoTransaction},
		{"DROP INDEX i", sqlscript.Plain},
		{"REINDEX TABLE CONCURRENTLY t", sqlscript.NoTransaction},
		{"REINDEX (VERBOSE, CONCURRENTLY) TABLE t", sqlscript.NoTransaction},
		{"REINDEX (VERBOSE) SCHEMA s", sqlscript.NoTransaction},
		{"REINDEX DATABASE d", sqlscript.NoTransaction},
		{"reindex system d", sqlscript.NoTransaction},
		{"REINDEX TABLE t", sqlscript.Plain},
		{"REINDEX (VERBOSE) INDEX i", sqlscript.Plain},
		{"CREATE DATABASE d", sqlscript.NoTransaction},
		{"DROP DATABASE IF EXISTS d", sqlscript.NoTransaction},
		{"ALTER DATABASE d SET x = 1", sqlscript.Plain},
		{"CREATE TABLESPACE ts LOCATION '/x'", sqlscript.NoTransaction},
		{"DROP TABLESPACE ts", sqlscript.NoTransaction},
		{"ALTER SYSTEM SET work_mem = '1MB'", sqlscript.NoTransaction},
		{"VACUUM (ANALYZE) t", sqlscript.NoTransaction},
		{"ANALYZE t", sqlscript.Plain},
		{"CREATE SUBSCRIPTION s CONNECTION '' PUBLICATION p", sqlscript.NoTransaction},
		{"DROP SUBSCRIPTION s", sqlscript.NoTransaction},
		{"ALTER SUBSCRIPTION s DISABLE", sqlscript.Plain},
		{"DISCARD ALL", sqlscript.NoTransaction},
		{"DISCARD PLANS", sqlscript.Plain},
		{"-- c\n/* d */ vacuum", sqlscript.NoTransaction},
		{`"vacuum"`, sqlscript.Plain},
		{"BEGIN", sqlscript.Begin},
		{"begin work", sqlscript.Begin},
		{"BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE", sqlscript.Begin},
		{"START TRANSACTION READ ONLY", sqlscript.Begin},
		{"COMMIT", sqlscript.Commit},
		{"commit work", sqlscript.Commit},
		{"COMMIT AND CHAIN", sqlscript.Commit},
		{"END", sqlscript.Commit},
		{"END TRANSACTION", sqlscript.Commit},
		{"COMMIT PREPARED 'x'", sqlscript.NoTransaction},
		{"ROLLBACK", sqlscript.Rollback},
		{"ROLLBACK AND NO CHAIN", sqlscript.Rollback},
		{"ABORT", sqlscript.Rollback},
		{"ROLLBACK TO SAVEPOINT a", sqlscript.Plain},
		{"ROLLBACK TO a", sqlscript.Plain},
		{"rollback work to a", sqlscript.Plain},
		{"ROLLBACK TRANSACTION TO SAVEPOINT a", sqlscript.Plain},
		{"ROLLBACK PREPARED 'x'", sqlscript.NoTransaction},
		{"SAVEPOINT a", sqlscript.Plain},
		{"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END", sqlscript.Plain},
	}
	for _, tt := range tests {
		stmts, err := sqlscript.Split(tt.src + ";")
		require.NoError(t, err)
		require.Len(t, stmts, 1, tt.src)
		require.Equal(t, tt.want, stmts[0].Kind, tt.src)
		require.False(t, stmts[0].Copy, tt.src)
	}
	require.Equal(t, "no-transaction", sqlscript.NoTransaction.String())
	require.Equal(t, "Kind(9)", sqlscript.Kind(9).String())
}

func TestCopy(t *testing.T) {
	t.Parallel()
	type stmt struct {
		Text     string
		Copy     bool
		CopyLine int
		Data     string
	}
	tests := []struct {
		name string
		src  string
		want []stmt
	}{
		{
			name: "pg_dump",
			src:  "COPY public.t (a, b) FROM stdin;\n1\tone\n2\t\\N\n3\tx\\r\\ny\n\\.\nSELECT 1;",
			want: []stmt{
				{Text: "COPY public.t (a, b) FROM stdin;\n", Copy: true, CopyLine: 2, Data: "1\tone\n2\t\\N\n3\tx\\r\\ny\n"},
				{Text: "SELECT 1;"},
			},
		},
		{
			name: "CRLF and a comment after the semicolon",
			src:  "SELECT 0;\r\ncopy t from STDIN with (format csv);  -- data\r\na,\"b;\r\n\\.\"\r\n\\.\r\n\r\nSELECT 1",
			want: []stmt{
				{Text: "SELECT 0;"},
				{Text: "\r\ncopy t from STDIN with (format csv);  -- data\r\n", Copy: true, CopyLine: 3, Data: "a,\"b;\r\n\\.\"\r\n"},
				{Text: "\r\nSELECT 1"},
			},
		},
		{
			name: "no end-of-data line",
			src:  "COPY t FROM stdin;\n1\n2",
			want: []stmt{{Text: "COPY t FROM stdin;\n", Copy: true, CopyLine: 2, Data: "1\n2"}},
		},
		{
			name: "end-of-data line at the end without newline",
			src:  "COPY t FROM stdin;\n1\n\\.",
			want: []stmt{{Text: "COPY t FROM stdin;\n", Copy: true, CopyLine: 2, Data: "1\n"}},
		},
		{
			name: "end-of-data line with CR at the end",
			src:  "COPY t FROM stdin;\n1\r\n\\.\r",
			want: []stmt{{Text: "COPY t FROM stdin;\n", Copy: true, CopyLine: 2, Data: "1\r\n"}},
		},
		{
			name: "empty data",
			src:  "COPY t FROM stdin;\n\\.\nCOPY t FROM stdin;",
			want: []stmt{
				{Text: "COPY t FROM stdin;\n", Copy: true, CopyLine: 2},
				{Text: "COPY t FROM stdin;", Copy: true, CopyLine: 3},
			},
		},
		{
			name: "backslash dot inside a line or with more text is data",
			src:  "COPY t FROM stdin;\na\\.\n\\.x\n \\.\n\\.\n",
			want: []stmt{{Text: "COPY t FROM stdin;\n", Copy: true, CopyLine: 2, Data: "a\\.\n\\.x\n \\.\n"}},
		},
		{
			name: "data looks like SQL",
			src:  "COPY t FROM stdin;\n'unterminated; $$ /*\n\\.\nSELECT 1;",
			want: []stmt{
				{Text: "COPY t FROM stdin;\n", Copy: true, CopyLine: 2, Data: "'unterminated; $$ /*\n"},
				{Text: "SELECT 1;"},
			},
		},
		{
			name: "not from stdin",
			src:  "COPY t TO STDOUT;COPY t FROM 'stdin';COPY (SELECT * FROM stdin) TO stdout;SELECT 'COPY t FROM stdin';",
			want: []stmt{{Text: "COPY t TO STDOUT;"}, {Text: "COPY t FROM 'stdin';"}, {Text: "COPY (SELECT * FROM stdin) TO stdout;"}, {Text: "SELECT 'COPY t FROM stdin';"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := scanVariants(t, tt.src)
			require.NoError(t, err)
			var gotStmts []stmt
			for i, st := range got.Stmts {
				gotStmts = append(gotStmts, stmt{st.Text, st.Copy, st.CopyLine, got.Data[i]})
			}
			require.Equal(t, tt.want, gotStmts)
		})
	}
}

func TestCopyPartialRead(t *testing.T) {
	t.Parallel()
	src := "COPY t FROM stdin;\n" + strings.Repeat("row\tdata\n", 1000) + "\\.\nSELECT 1;\n"
	s := sqlscript.NewScannerSize(strings.NewReader(src), 16)
	require.True(t, s.Next())
	require.True(t, s.Statement().Copy)
	buf := make([]byte, 5)
	n, err := io.ReadFull(s.CopyData(), buf)
	require.NoError(t, err)
	require.Equal(t, "row\td", string(buf[:n]))
	require.True(t, s.Next(), "Next skips the unread data")
	require.Equal(t, "SELECT 1;", s.Statement().Text)
	require.Equal(t, 1003, s.Statement().Line)
	n, err = s.CopyData().Read(buf)
	require.Equal(t, 0, n)
	require.Equal(t, io.EOF, err, "no data for a statement other than COPY")
	require.False(t, s.Next())
	require.NoError(t, s.Err())
}

func TestSyntaxError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		src     string
		want    string
		nBefore int // statements returned before the error
	}{
		{"SELECT 'abc", "line 1, column 8: unterminated quoted string", 0},
		{"SELECT 1;\nSELECT 'a''", "line 2, column 8: unterminated quoted string", 1},
		{`SELECT E'abc\'`, "line 1, column 8: unterminated quoted string", 0},
		{`SELECT E'abc\`, "line 1, column 8: unterminated quoted string", 0},
		{"SELECT N'abc", "line 1, column 8: unterminated quoted string", 0},
		{"SELECT U&'abc", "line 1, column 8: unterminated quoted string", 0},
		{"SELECT B'01", "line 1, column 8: unterminated bit string literal", 0},
		{"SELECT X'1F", "line 1, column 8: unterminated hexadecimal string literal", 0},
		{`SELECT "abc`, "line 1, column 8: unterminated quoted identifier", 0},
		{`SELECT U&"abc`, "line 1, column 8: unterminated quoted identifier", 0},
		{"SELECT 1;\r\n  SELECT 'ä', $body$ ; $body", "line 2, column 15: unterminated dollar-quoted string", 1},
		{"SELECT $$", "line 1, column 8: unterminated dollar-quoted string", 0},
		{"SELECT 1 /* a /* b */", "line 1, column 10: unterminated /* comment", 0},
		{"SELECT 1; /* trailing", "line 1, column 11: unterminated /* comment", 1},
		{bom + "ä;\n\n  'x", "line 3, column 3: unterminated quoted string", 1},
		{"COPY t FROM stdin; SELECT 1;\n", "line 1, column 20: text after COPY ... FROM STDIN on the same line; the data must start on the next line", 0},
	}
	for _, tt := range tests {
		got, err := scanVariants(t, tt.src)
		var syntaxErr *sqlscript.SyntaxError
		require.ErrorAs(t, err, &syntaxErr, tt.src)
		require.EqualError(t, err, tt.want, tt.src)
		require.Len(t, got.Stmts, tt.nBefore, tt.src)
	}
}

func TestReadError(t *testing.T) {
	t.Parallel()
	errBroken := errors.New("broken")
	for _, src := range []string{"SELECT 1; SELECT 'ab", "SELECT 1; SELECT 2", "SELECT 1; COPY t FROM stdin;\nab"} {
		s := sqlscript.NewScannerSize(io.MultiReader(strings.NewReader(src), iotest.ErrReader(errBroken)), 4)
		require.True(t, s.Next(), src)
		require.Equal(t, "SELECT 1;", s.Statement().Text)
		if s.Next() {
			require.True(t, s.Statement().Copy, src)
			_, err := io.ReadAll(s.CopyData())
			require.ErrorIs(t, err, errBroken, src)
			require.False(t, s.Next(), src)
		}
		require.ErrorIs(t, s.Err(), errBroken, src)
		require.False(t, s.Next(), "Next stays false after an error")
	}
}

// TestLongStatement splits a statement far larger than the buffer.
func TestLongStatement(t *testing.T) {
	t.Parallel()
	body := strings.Repeat("x := 'a;b'; -- c;\n", 1<<16)
	src := "SELECT $fn$" + body + "$fn$; SELECT 2;"
	s := sqlscript.NewScannerSize(strings.NewReader(src), 1024)
	require.True(t, s.Next())
	require.Equal(t, "SELECT $fn$"+body+"$fn$;", s.Statement().Text)
	require.True(t, s.Next())
	require.Equal(t, " SELECT 2;", s.Statement().Text)
	require.Equal(t, 1<<16+1, s.Statement().Line)
	require.False(t, s.Next())
	require.NoError(t, s.Err())
}

// script generates a script of n bytes or more on the fly.
type script struct {
	n, off int
	pend   []byte
	i      int
}

func (r *script) Read(p []byte) (int, error) {
	if len(r.pend) == 0 {
		if r.off >= r.n {
			return 0, io.EOF
		}
		r.i++
		r.pend = []byte("INSERT INTO t VALUES (1, 'a;b''c', $$d;e$$); -- row\n" +
			"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;\n" +
			"COPY t FROM stdin;\n1\t2\n\\.\n")
	}
	n := copy(p, r.pend)
	r.pend = r.pend[n:]
	r.off += n
	return n, nil
}

// TestStreaming splits a 200 MB script and checks that the buffer never
// grows: the scanner holds one statement at a time, not the script.
func TestStreaming(t *testing.T) {
	t.Parallel()
	size := 200 << 20
	if testing.Short() || raceEnabled {
		size = 20 << 20
	}
	r := &script{n: size}
	s := sqlscript.NewScanner(r)
	count := 0
	for s.Next() {
		count++
		if count%3 == 0 {
			_, err := io.Copy(io.Discard, s.CopyData())
			require.NoError(t, err)
		}
	}
	require.NoError(t, s.Err())
	require.Equal(t, 3*r.i, count)
	require.Equal(t, 64<<10, s.BufCap())
	st := s.Statement()
	require.Equal(t, 5*r.i-2, st.Line)
	t.Logf("%d MB, %d statements", r.off>>20, count)
}
