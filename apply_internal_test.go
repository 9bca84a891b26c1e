package migrate

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

func TestLineCol(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text         string
		offset       int
		line, column int
	}{
		{"select 1;", 0, 1, 1},
		{"select 1;", 7, 1, 8},
		{"a\nbc", 3, 2, 2},
		{"a\r\nbc", 4, 2, 2},
		{"a\rbc", 3, 1, 4}, // a lone CR does not end a line (as in the splitter and PostgreSQL)
		{"ä\nöx", 3, 2, 2},
		{"a\n\nb", 3, 3, 1},
		{"abc", 3, 0, 0},
		{"abc", -1, 0, 0},
	}
	for _, tt := range tests {
		line, col := lineCol(tt.text, tt.offset)
		require.Equal(t, [2]int{tt.line, tt.column}, [2]int{line, col}, "%q at %d", tt.text, tt.offset)
	}
}

func TestQuoteLiteral(t *testing.T) {
	t.Parallel()
	require.Equal(t, `'it''s'`, quoteLiteral("it's"))
	require.Equal(t, `E'a\\b''c'`, quoteLiteral(`a\b'c`))
}

func TestTruncate(t *testing.T) {
	t.Parallel()
	require.Equal(t, "abc", truncate("abc", 3))
	require.Equal(t, "a...", truncate("abcde", 4))
	require.Equal(t, "äääää", truncate("äääää", 5))
	require.Equal(t, "ä...", truncate("äääää", 4))
}

// Before PostgreSQL 12, ALTER TYPE … ADD VALUE cannot run in a transaction
// block; the executor recognizes it to run such scripts outside one.
func TestAlterTypeAddValue(t *testing.T) {
	t.Parallel()
	// The shape of a script, as the executor reads it (a cheap prefix test
	// first, then the expression).
	shapeOf := func(text string) scriptShape {
		var sh scriptShape
		sh.add(sqlscript.Statement{Text: "-- c\n" + text, Start: len("-- c\n")}, &stmtSource{})
		return sh
	}
	for _, s := range []string{"ALTER TYPE mood ADD VALUE 'meh';", "alter type public.\"Mood\"\n  add value if not exists 'x' before 'y';"} {
		require.True(t, alterTypeAddValue.MatchString(s), s)
		require.NotNil(t, shapeOf(s).addValue, s)
	}
	for _, s := range []string{"ALTER TYPE mood RENAME VALUE 'a' TO 'b';", "ALTER TABLE t ADD VALUE int;", "SELECT 'ALTER TYPE x ADD VALUE y';", "ALTE"} {
		require.False(t, alterTypeAddValue.MatchString(s), s)
		require.Nil(t, shapeOf(s).addValue, s)
	}
}

// RESET ALL is recognized in any case, after leading comments.
func TestIsResetAll(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{"RESET ALL;": true, "reset  all": true, "Reset\nAll ;": true, "RESET work_mem;": false, "RESE": false, "SELECT 1; RESET ALL;": false} {
		span := "/* x */ " + text
		require.Equal(t, want, isResetAll(&stmtSource{span: span, start: len("/* x */ ")}), text)
	}
}
