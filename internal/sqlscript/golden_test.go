package sqlscript_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestGolden splits each testdata/*.sql script and compares a listing of its
// statements with testdata/<name>.golden. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join("testdata", "*.sql"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".sql")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			got, err := scanVariants(t, string(src))
			require.NoError(t, err)
			listing := golden(got)

			path := filepath.Join("testdata", name+".golden")
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
// lines, bytes) and the first 60 characters from the first token.
func golden(r scanned) string {
	var b strings.Builder
	for i, st := range r.Stmts {
		cp := "-"
		if st.Copy {
			cp = fmt.Sprintf("copy@%d:%dL/%dB", st.CopyLine, strings.Count(r.Data[i], "\n"), len(r.Data[i]))
		}
		head := []rune(st.Text[st.Start:])
		if len(head) > 60 {
			head = head[:60]
		}
		fmt.Fprintf(&b, "%d:%d\t%s\t%s\t%q\n", st.Line, st.Column, st.Kind, cp, string(head))
	}
	return b.String()
}
