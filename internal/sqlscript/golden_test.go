package sqlscript_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestGolden splits each testdata/*.sql and testdata/psql/*.sql script and
// compares a listing of its statements with the .golden file beside it. Run
// with -update to rewrite them. The scripts under testdata/psql hold what
// only psql runs (meta-commands, standard_conforming_strings off), so the
// differential test, which takes testdata/*.sql, leaves them out.
func TestGolden(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join("testdata", "*.sql"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	psql, err := filepath.Glob(filepath.Join("testdata", "psql", "*.sql"))
	require.NoError(t, err)
	require.NotEmpty(t, psql)
	files = append(files, psql...)
	for _, file := range files {
		name := strings.TrimSuffix(file, ".sql")
		t.Run(filepath.Base(name), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			got, err := scanVariants(t, string(src))
			require.NoError(t, err)
			listing := golden(got)

			path := name + ".golden"
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(listing), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create it")
			require.Equal(t, string(want), listing)
		})
	}
}

// golden lists one statement a line: line:column, kind, COPY data (start line,
// lines, bytes) or a meta-command's name and the first 60 characters from the first token.
func golden(r scanned) string {
	var b strings.Builder
	for i, st := range r.Stmts {
		cp := "-"
		if st.Copy {
			cp = fmt.Sprintf("copy@%d:%dL/%dB", st.CopyLine, strings.Count(r.Data[i], "\n"), len(r.Data[i]))
		}
		if st.Kind == sqlscript.Meta {
			cp = "command=" + st.Command
		}
		head := []rune(st.Text[st.Start:])
		if len(head) > 60 {
			head = head[:60]
		}
		fmt.Fprintf(&b, "%d:%d\t%s\t%s\t%q\n", st.Line, st.Column, st.Kind, cp, string(head))
	}
	return b.String()
}
