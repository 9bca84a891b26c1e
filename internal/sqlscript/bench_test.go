package sqlscript_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

// benchScript returns a script of about size bytes: tables, inserts with
// quotes and semicolons in their strings, dollar-quoted functions, comments.
func benchScript(size int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "-- table %d; with a comment\nCREATE TABLE IF NOT EXISTS oskari_t%d (\n    id serial PRIMARY KEY,\n    name text NOT NULL, /* the name; */\n    geom geometry(Point, 3067)\n);\n", i, i)
		for j := 0; j < 20; j++ {
			fmt.Fprintf(&b, "INSERT INTO oskari_t%d (name, config) VALUES ('row %d; it''s \"quoted\"', E'{\"a\": \"b;\\'c\\'\"}'), ($$%d;$$, 'x');\n", i, j, j)
		}
		fmt.Fprintf(&b, "CREATE OR REPLACE FUNCTION oskari_f%d() RETURNS trigger AS $BODY$\nBEGIN\n    NEW.updated := now(); -- keep; going\n    RETURN NEW;\nEND;\n$BODY$ LANGUAGE plpgsql;\n", i)
		fmt.Fprintf(&b, "CREATE TRIGGER oskari_tr%d BEFORE UPDATE ON oskari_t%d FOR EACH ROW EXECUTE PROCEDURE oskari_f%[1]d();\n\n", i, i)
	}
	return b.Bytes()
}

// BenchmarkSplit50MB splits a 50 MB script through NewScanner.
func BenchmarkSplit50MB(b *testing.B) {
	script := benchScript(50 << 20)
	b.SetBytes(int64(len(script)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		s := sqlscript.NewScanner(bytes.NewReader(script))
		n := 0
		for s.Next() {
			n++
		}
		if err := s.Err(); err != nil || n == 0 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkSplitShapes splits the shapes of the bench program's big
// scripts, 8 MB each: single-row INSERTs (many short statements) and a
// COPY … FROM STDIN whose data is read through CopyData.
func BenchmarkSplitShapes(b *testing.B) {
	var small, copyScript bytes.Buffer
	for i := 1; small.Len() < 8<<20; i++ {
		fmt.Fprintf(&small, "INSERT INTO big_small VALUES (%d, 'name %d');\n", i, i)
	}
	copyScript.WriteString("COPY big_copy (id, name, note) FROM STDIN;\n")
	for i := 1; copyScript.Len() < 8<<20; i++ {
		fmt.Fprintf(&copyScript, "%d\tname %d\t%s\n", i, i, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
	}
	copyScript.WriteString("\\.\n")
	for _, tt := range []struct {
		name   string
		script []byte
		stmts  int
	}{{"inserts", small.Bytes(), 0}, {"copy", copyScript.Bytes(), 1}} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.script)))
			b.ReportAllocs()
			for b.Loop() {
				s := sqlscript.NewScanner(bytes.NewReader(tt.script))
				n, data := 0, int64(0)
				for s.Next() {
					m, err := io.Copy(io.Discard, s.CopyData())
					if err != nil {
						b.Fatal(err)
					}
					n, data = n+1, data+m
				}
				if err := s.Err(); err != nil || n == 0 || (tt.stmts > 0 && (n != tt.stmts || data == 0)) {
					b.Fatal(n, data, err)
				}
			}
		})
	}
}
