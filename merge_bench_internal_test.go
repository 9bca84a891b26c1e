package migrate

import (
	"fmt"
	"testing"
	"testing/fstest"
)

// BenchmarkMerge measures the plan merge of 5,000 resolved migrations with
// their 5,000 status rows (every one applied): the pure part of a no-op
// boot between reading the status table and validating.
func BenchmarkMerge(b *testing.B) {
	const n = 5000
	files := fstest.MapFS{}
	for i := 1; i <= n; i++ {
		files[fmt.Sprintf("V%d__t%[1]d.sql", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "CREATE TABLE t%d (id int);\n", i)}
	}
	src, err := resolve(&Module{Name: "core", Scripts: files})
	if err != nil {
		b.Fatal(err)
	}
	rows := make([]appliedRow, n)
	for i, m := range src.versioned {
		v := m.version.String()
		sum := m.script.checksum
		rows[i] = appliedRow{rank: i + 1, version: &v, description: m.description, typ: TypeSQL,
			script: m.name, checksum: &sum, installedBy: "postgres", success: true}
	}
	in := mergeInput{src: src, checksum: func(m *migration) *int32 { return &m.script.checksum }}
	b.Run("rows=5000", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			mi, err := merge(in, rows)
			if err != nil {
				b.Fatal(err)
			}
			if len(mi.entries) != n || len(mi.pending()) != 0 {
				b.Fatalf("%d entries, %d pending; want %d, 0", len(mi.entries), len(mi.pending()), n)
			}
		}
	})
}
