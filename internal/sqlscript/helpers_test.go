package sqlscript_test

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

const bom = "\ufeff"

// scanned is everything a Scanner returned for a script.
type scanned struct {
	Stmts []sqlscript.Statement
	Data  []string // COPY data of each statement; empty unless Copy
}

// scanAll reads all statements and their COPY data.
func scanAll(s *sqlscript.Scanner) (scanned, error) {
	var r scanned
	for s.Next() {
		st := s.Statement()
		var data []byte
		if st.Copy {
			var err error
			if data, err = io.ReadAll(s.CopyData()); err != nil {
				return r, err
			}
		}
		r.Stmts = append(r.Stmts, st)
		r.Data = append(r.Data, string(data))
	}
	return r, s.Err()
}

// scanVariants scans script through readers that return little at a time and
// through tiny buffers, requires the same result from each, checks the
// result with checkTiling and returns it.
func scanVariants(t testing.TB, script string) (scanned, error) {
	t.Helper()
	want, wantErr := scanAll(sqlscript.NewScanner(strings.NewReader(script)))
	variants := map[string]*sqlscript.Scanner{
		"one byte reads":   sqlscript.NewScanner(iotest.OneByteReader(strings.NewReader(script))),
		"data with EOF":    sqlscript.NewScanner(iotest.DataErrReader(strings.NewReader(script))),
		"1 byte buffer":    sqlscript.NewScannerSize(strings.NewReader(script), 1),
		"7 byte buffer":    sqlscript.NewScannerSize(iotest.HalfReader(strings.NewReader(script)), 7),
		"64 byte buffer":   sqlscript.NewScannerSize(strings.NewReader(script), 64),
		"half reads, 3 B":  sqlscript.NewScannerSize(iotest.HalfReader(strings.NewReader(script)), 3),
		"one byte, 2 byte": sqlscript.NewScannerSize(iotest.OneByteReader(strings.NewReader(script)), 2),
	}
	for name, s := range variants {
		got, err := scanAll(s)
		require.Equal(t, wantErr, err, name)
		require.Equal(t, want, got, name)
	}
	if wantErr == nil {
		checkTiling(t, script, want)
	}
	return want, wantErr
}

// checkTiling checks that the statement spans, COPY data and end-of-data
// lines reproduce the script (after a byte order mark) exactly, that what
// follows the last statement holds no statement, and that each statement's
// Start, Line and Column point at its first token.
func checkTiling(t testing.TB, script string, r scanned) {
	t.Helper()
	script = strings.TrimPrefix(script, bom)
	off := 0
	for i, st := range r.Stmts {
		require.EqualValues(t, off, st.Offset, "statement %d: offset", i)
		require.True(t, strings.HasPrefix(script[off:], st.Text), "statement %d: text %q is not at offset %d", i, st.Text, off)

		// Before Start: only whitespace, comments and empty statements.
		require.Less(t, st.Start, len(st.Text), "statement %d", i)
		lead, err := sqlscript.Split(st.Text[:st.Start])
		require.NoError(t, err, "statement %d", i)
		require.Empty(t, lead, "statement %d: tokens before Start", i)
		require.NotContains(t, " \t\r\n\f;", st.Text[st.Start:st.Start+1], "statement %d", i)

		first := script[:off+st.Start]
		line := 1 + strings.Count(first, "\n")
		col := 1 + utf8.RuneCountInString(first[strings.LastIndexByte(first, '\n')+1:])
		require.Equal(t, [2]int{line, col}, [2]int{st.Line, st.Column}, "statement %d: line and column", i)

		off += len(st.Text)
		if !st.Copy {
			require.Empty(t, r.Data[i])
			continue
		}
		require.Equal(t, 1+strings.Count(script[:off], "\n"), st.CopyLine, "statement %d: copy line", i)
		require.True(t, strings.HasPrefix(script[off:], r.Data[i]), "statement %d: copy data", i)
		off += len(r.Data[i])
		switch rest := script[off:]; {
		case strings.HasPrefix(rest, "\\.\n"):
			off += 3
		case strings.HasPrefix(rest, "\\.\r\n"):
			off += 4
		case rest == "\\." || rest == "\\.\r" || rest == "":
			off = len(script)
		default:
			t.Fatalf("statement %d: copy data not followed by an end-of-data line: %.20q", i, rest)
		}
	}
	rest, err := sqlscript.Split(script[off:])
	require.NoError(t, err)
	require.Empty(t, rest, "statements after the last one")
}

// texts returns the Text of each statement.
func texts(stmts []sqlscript.Statement) []string {
	var out []string
	for _, st := range stmts {
		out = append(out, st.Text)
	}
	return out
}
