package sqlscript_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgtest"
)

// FuzzSplit turns the fuzz input into a valid script of tricky tokens (see
// generateScript), checks that the spans tile it whatever the reads and
// buffer sizes, and compares the split with the server as TestDifferential
// does, rows included. One database and one connection serve the whole fuzz
// run; each case runs inside BEGIN ... ROLLBACK. In -short mode only the
// server-free checks run.
func FuzzSplit(f *testing.F) {
	f.Add([]byte("SELECT"))
	var conn *pgconn.PgConn
	if !testing.Short() {
		conn = connect(f, pgtest.NewDatabase(f))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		script := generateScript(in)
		defer func() {
			if t.Failed() {
				t.Logf("script:\n%s", script)
			}
		}()
		sc, err := scanVariants(t, script)
		require.NoError(t, err)
		if conn == nil {
			return
		}
		ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
		defer cancel()
		compareWithServer(ctx, t, target{whole: conn, each: conn, shared: true}, script, sc, true)
	})
}

// choices hands out the fuzz input as a sequence of decisions; once the
// input is used up every decision is 0.
type choices struct{ in []byte }

func (c *choices) done() bool { return len(c.in) == 0 }

// pick returns a number in [0, n).
func (c *choices) pick(n int) int {
	if len(c.in) == 0 {
		return 0
	}
	b := c.in[0]
	c.in = c.in[1:]
	return int(b) % n
}

func (c *choices) of(opts ...string) string { return opts[c.pick(len(opts))] }

// words joins up to max picks from opts.
func (c *choices) words(max int, opts ...string) string {
	var b strings.Builder
	for n := c.pick(max + 1); n > 0; n-- {
		b.WriteString(c.of(opts...))
	}
	return b.String()
}

// generateScript builds a script of up to 8 statements that PostgreSQL
// accepts (but for a rare invalid token, see expr): mostly SELECT <expr>, <expr> ... whose expressions are string
// literals with ';' and quotes, E” strings with escapes and continuations,
// dollar quotes with and without tags, $1-like text in strings, nested and
// line comments between tokens, quoted identifiers and identifiers with '$',
// numbers and parentheses; sometimes CREATE FUNCTION|PROCEDURE with a
// BEGIN ATOMIC body or a dollar-quoted one.
func generateScript(in []byte) string {
	c := &choices{in: in}
	var b strings.Builder
	for n := 0; n < 8 && !(n > 0 && c.done()); n++ {
		b.WriteString(c.words(2, " ", "\n", "\r\n", "\t", "-- lead; 'x\n", "/* lead /* ; */ $$ */", ";", "/**/"))
		if c.pick(8) == 0 {
			b.WriteString(routine(c, n))
		} else {
			b.WriteString(c.of("SELECT ", "select ", "SELECT\n", "SELECT/*;*/"))
			for i, k := 0, 1+c.pick(4); i < k; i++ {
				if i > 0 {
					b.WriteString(c.of(", ", ",", " ,\n", ", /*,;*/ ", ",-- ;\n"))
				}
				b.WriteString(expr(c, 0))
				b.WriteString(alias(c))
			}
		}
		end := c.of(";", ";", ";\n", ";;", "; -- tail;\n", " ;", "")
		if end == "" && !c.done() {
			end = ";"
		}
		b.WriteString(end)
	}
	b.WriteString(c.of("", "\n", " -- end; no newline", "\n/* end; */\n", ";"))
	return b.String()
}

// routine returns a CREATE FUNCTION or PROCEDURE statement named after n.
func routine(c *choices, n int) string {
	switch c.pick(5) {
	case 0:
		return fmt.Sprintf("CREATE FUNCTION fz%d() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 ELSE 3 END; END", n)
	case 1:
		return fmt.Sprintf("create or replace procedure pz%d() language sql begin atomic select 1; select ';'; end", n)
	case 2:
		return fmt.Sprintf("CREATE FUNCTION fz%d() RETURNS int LANGUAGE plpgsql AS $%s$ BEGIN RETURN 1; END; $%[2]s$", n, c.of("", "body", "BODY"))
	case 3:
		return fmt.Sprintf("CREATE OR REPLACE FUNCTION fz%d(a int DEFAULT 1) RETURNS text LANGUAGE sql RETURN 'a;' || $q$b;$q$ || (CASE WHEN a > 0 THEN 'c' END)", n)
	default:
		return fmt.Sprintf("CREATE PROCEDURE pz%d()\nLANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN true THEN 1 ELSE CASE WHEN false THEN 2 END END;\n  SELECT 'end;';\nEND", n)
	}
}

// expr returns an expression; depth limits nesting.
func expr(c *choices, depth int) string {
	if c.pick(32) == 0 {
		// Rarely, a token PostgreSQL 15 rejects ("trailing junk"): the server
		// then rejects the whole script, and the error must be found in the
		// right statement at the right place.
		return c.of(`1e'\'`, "$1a$b$", "1a$b$", "1.5e'x'", "0x'1F'", "1e+E'\\''", "1$a$x$a$", "$1$$ $$", "1_000")
	}
	kind := c.pick(16)
	if depth > 2 && (kind == 4 || kind == 5 || kind == 8 || kind == 13 || kind == 14) {
		kind = 0
	}
	switch kind {
	case 1:
		return "'" + c.words(6, "a", ";", "''", "\"", "$$", "$1", "--", "/*", "*/", `\`, "\n", "é", " ", "$a$") + "'"
	case 2:
		return c.of("E", "e") + "'" + c.words(6, "a", ";", `\'`, `\\`, "''", `\n`, "$$", "--", "/*", `"`, " ", `\x41`, "é", `\t`) + "'"
	case 3:
		return dollarQuote(c)
	case 4:
		return "(SELECT " + expr(c, depth+1) + alias(c) + ")"
	case 5: // identifiers with '$' in a derived table
		id := c.of("x$y", "a$$b", "c$1", "d$e$", "_$", `"$$"`, `U&"d\0061;"`, `"a;""b"`)
		return "(SELECT " + id + " FROM (SELECT " + expr(c, depth+1) + " AS " + id + ") AS t$" + c.of("1", "", "$") + ")"
	case 6:
		return "U&'" + c.words(4, "a", ";", `\0041`, "''", `\+000061`, "$$") + "'"
	case 7:
		return c.of("B'0101'", "X'1F'", "N'n;''x'", "b''", "x'AB'")
	case 8:
		return c.of("(", "(SELECT ", "( /* ( */ ") + expr(c, depth+1) + ")"
	case 9: // continued strings; only E strings keep their escapes
		return c.of("E'a\\''", "'a'", "e'\\\\'") + c.of("\n", " \n  ", " -- c;'\n", "\n-- x\n\n", "\r\n") + continuation(c)
	case 10:
		return c.of("1", "2.5", "3") + c.of(" + ", " +/*;*/ ", " -/**/- ", " --;\n+ ", "*", " / /**/ ", "-", " - -") + c.of("1", ".5", "4e0")
	case 11:
		return c.of("'{a;b}'::text[]", "ARRAY[1,2]", "'1;'::text", "(ARRAY['$$;'])[1]", "ROW(1, ';')::text", "'[1,2)'::int4range")
	case 12:
		return c.of("'$1;$$'", "'$a$'", "'$$'", "$$'$$", "$a$$b$$a$", "'$1' || $$$1$$")
	case 13:
		return "/* a /* ; " + c.of("*/ b */ ", "/**/ */ */ ", "$$ */ */ ") + expr(c, depth+1)
	case 14:
		return expr(c, depth+1) + c.of(" -- ;'\"$$\n", " --\n", "--/*\n")
	case 15:
		return c.of("true", "NULL", "'x' || 'y'", "length('a;b')", "1 BETWEEN 0 AND 2", "CASE WHEN true THEN ';' END")
	}
	return c.of("0", "1", "42", "1.5", "1e3", ".5", "3.", "1e-2", "1E+2", "00")
}

// alias returns nothing or a column alias: a quoted identifier or one with
// '$' in it.
func alias(c *choices) string {
	switch c.pick(4) {
	case 0:
		return " AS \"" + c.of("a", ";", "x y") + c.words(4, "a", ";", `""`, "'", "$$", " ", "--", "/*") + "\""
	case 1:
		return c.of(" AS x$y", " AS a$$b", " AS c$1", " d$e$", " AS _$", ` AS U&"d\0061;"`, " AS \"$$\"", " begin", " AS end$")
	}
	return ""
}

// continuation returns the rest of a continued string: a quoted part whose
// content is valid whether it continues an E string or a standard one.
func continuation(c *choices) string {
	return "'" + c.words(3, "b", ";", "''", "$$", "--", " ") + "'"
}

// dollarQuote returns a dollar-quoted string whose body does not close it
// early.
func dollarQuote(c *choices) string {
	delim := "$" + c.of("", "a", "tag", "_x1", "é", "T", "a1") + "$"
	body := c.words(6, "a", ";", "'", "\"", "$", "$$", "$a", "$1", "--", "/*", "*/", "\n", "$tag", `\`, "$T$", "$a$")
	if strings.Index(body+delim, delim) != len(body) {
		body = "x"
	}
	return delim + body + delim
}
