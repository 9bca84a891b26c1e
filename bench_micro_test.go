package migrate_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/runwaydb/migrate"
)

// The micro-benchmarks time the parts of a boot that touch no database, on
// the scale of a large application: 5,000 migration files. BenchmarkNew and
// BenchmarkChecksum (boot_bench_test.go) do the same for 1,000 embedded
// files; the plan merge is in merge_bench_internal_test.go and statement
// splitting in internal/sqlscript (BenchmarkSplit*).

// BenchmarkDiscover measures New on 5,000 files of an embed.FS-like tree:
// listing, name parsing, reading each file once and checksumming it.
func BenchmarkDiscover(b *testing.B) {
	files := bootScripts("core", 5000)
	var size int64
	for _, f := range files {
		size += int64(len(f.Data))
	}
	cfg := migrate.Config{Modules: []migrate.Module{{Name: "core", Scripts: newEmbedLike(files)}}}
	b.Run("files=5000", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := migrate.New(cfg); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkVersion measures parsing 5,000 versions of the shapes seen in
// practice (1, 1.2, 20240105_1201, 1.10.3) and sorting them.
func BenchmarkVersion(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	texts := make([]string, 5000)
	for i := range texts {
		switch i % 4 {
		case 0:
			texts[i] = fmt.Sprint(i + 1)
		case 1:
			texts[i] = fmt.Sprintf("%d.%d", i/100, i%100)
		case 2:
			texts[i] = fmt.Sprintf("2024%04d_%04d", i%1231, i)
		default:
			texts[i] = fmt.Sprintf("1.%d.%d", i%17, i)
		}
	}
	rng.Shuffle(len(texts), func(i, j int) { texts[i], texts[j] = texts[j], texts[i] })
	b.Run("parse/n=5000", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range texts {
				if _, err := migrate.ParseVersion(s); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	versions := make([]migrate.Version, len(texts))
	for i, s := range texts {
		v, err := migrate.ParseVersion(s)
		if err != nil {
			b.Fatal(err)
		}
		versions[i] = v
	}
	b.Run("sort/n=5000", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s := slices.Clone(versions)
			slices.SortFunc(s, migrate.Version.Compare)
			if s[0].Compare(s[len(s)-1]) > 0 {
				b.Fatal("not sorted")
			}
		}
	})
}
