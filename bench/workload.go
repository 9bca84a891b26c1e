package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// script is one migration: its number (from 1) and its SQL, the same for
// every tool; only the file name and the tool's header differ.
type script struct {
	n   int
	sql string
}

// workload returns the n migrations of the apply scenario, each creating a
// table with an index and ten rows. prefix keeps the tables of several
// modules apart.
func workload(prefix string, n int) []script {
	out := make([]script, n)
	for i := range out {
		t := fmt.Sprintf("%s%d", prefix, i+1)
		out[i] = script{n: i + 1, sql: fmt.Sprintf(
			"CREATE TABLE %s (id bigserial primary key, name text not null, created timestamptz default now());\n"+
				"CREATE INDEX %[1]s_name_idx ON %[1]s (name);\n"+
				"INSERT INTO %[1]s (name) SELECT 'row ' || g FROM generate_series(1, 10) AS g;\n", t)}
	}
	return out
}

// format is how one tool wants its migration files.
type format func(dir string, s script, body func(w *bufio.Writer) error) error

// Each tool's file format. body writes the SQL (the scripts of the big
// scenario are generated straight into the file, never held in memory).
var (
	flywayFormat = fileFormat("V%d__t%[1]d.sql", "")
	gooseFormat  = fileFormat("%d_t%[1]d.sql", "-- +goose Up\n")
	gmFormat     = fileFormat("%d_t%[1]d.up.sql", "")
	ternFormat   = fileFormat("%03d_t%[1]d.sql", "")
)

func fileFormat(name, header string) format {
	return func(dir string, s script, body func(w *bufio.Writer) error) error {
		return writeFile(filepath.Join(dir, fmt.Sprintf(name, s.n)), func(w *bufio.Writer) error {
			w.WriteString(header)
			return body(w)
		})
	}
}

// writeScripts writes scripts into a new directory dir in format f.
func writeScripts(dir string, f format, scripts []script) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, s := range scripts {
		if err := f(dir, s, func(w *bufio.Writer) error {
			_, err := w.WriteString(s.sql)
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

// writePsqlScript writes all.sql: every migration in its own transaction,
// as psql runs it for the floor.
func writePsqlScript(dir string, scripts []script) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, "all.sql"), func(w *bufio.Writer) error {
		for _, s := range scripts {
			w.WriteString("BEGIN;\n")
			w.WriteString(s.sql)
			w.WriteString("COMMIT;\n")
		}
		return nil
	})
}

// writeFile creates path and fills it through a buffered writer.
func writeFile(path string, fill func(w *bufio.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	if err := fill(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// bigScript is one script of the big-scripts scenario.
type bigScript struct {
	name string
	copy bool // holds COPY … FROM STDIN data, which only psql and Runway can run
	body func(w *bufio.Writer) error
}

// bigScripts returns the three big scripts: copyMB of COPY data, smallMB
// of single-row INSERTs, and a SELECT of selectRows rows.
func bigScripts(copyMB, smallMB, selectRows int) []bigScript {
	return []bigScript{
		{name: fmt.Sprintf("COPY %d MB", copyMB), copy: true, body: func(w *bufio.Writer) error {
			w.WriteString("CREATE TABLE big_copy (id bigint, name text, note text);\nCOPY big_copy (id, name, note) FROM STDIN;\n")
			pad := strings.Repeat("x", 60)
			for i, size := 1, 0; size < copyMB<<20; i++ {
				n, _ := fmt.Fprintf(w, "%d\tname %d\t%s\n", i, i, pad)
				size += n
			}
			_, err := w.WriteString("\\.\n")
			return err
		}},
		{name: fmt.Sprintf("%d MB of INSERTs", smallMB), body: func(w *bufio.Writer) error {
			w.WriteString("CREATE TABLE big_small (id bigint, name text);\n")
			for i, size := 1, 0; size < smallMB<<20; i++ {
				n, _ := fmt.Fprintf(w, "INSERT INTO big_small VALUES (%d, 'name %d');\n", i, i)
				size += n
			}
			return nil
		}},
		{name: fmt.Sprintf("SELECT of %d rows", selectRows), body: func(w *bufio.Writer) error {
			_, err := fmt.Fprintf(w, "SELECT g, md5(g::text) FROM generate_series(1, %d) AS g;\n", selectRows)
			return err
		}},
	}
}
