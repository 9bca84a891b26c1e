package sqlscript_test

import (
	"bytes"
	"fmt"
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
