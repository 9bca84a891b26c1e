package sqlscript_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgtest"
)

// corpusScript is one script of the differential corpus.
type corpusScript struct {
	name   string
	script string
	setup  []string // statements run in both databases first, outside the transaction
}

// TestDifferential proves the splitter against PostgreSQL's own parser. For
// each script of the corpus, in two fresh databases:
//
//   - the whole script is sent as ONE simple-protocol query inside
//     BEGIN ... ROLLBACK, so that the server decides where statements end;
//   - the statements found by the splitter are sent one by one inside
//     BEGIN ... ROLLBACK, stopping at the first error.
//
// Every statement sent alone must yield exactly one result; the command tags
// must be identical up to the first error; the error (severity, SQLSTATE,
// message, detail, hint, context) must be the same, after the same number of
// statements, at the same character position; and the spans, COPY data and
// remainder must reproduce the script byte for byte. When the server rejects
// the whole script with a syntax error (it parses the whole string before
// running any of it), the error's position must instead fall inside the
// statement that fails with the same error, at the same offset, when sent
// alone.
//
// COPY ... FROM STDIN: the whole-script run sends the script without its
// data as one query and answers each CopyInResponse with the data the
// splitter found; the statement-by-statement run uses pgconn's CopyFrom.
// A byte order mark is removed before sending: the server does not skip it.
//
// The corpus:
//   - every *.sql file under /usr/share/postgresql/*/extension, prepared as
//     CREATE EXTENSION prepares them: lines starting with a backslash (psql
//     meta-commands such as "\echo Use ... \quit") become empty lines,
//     MODULE_PATHNAME becomes the control file's module_pathname
//     ("$libdir/<extension>"), @extschema@ becomes public and @extowner@ the
//     current user. Extensions the control file requires are created first,
//     and for an update script name--A--B.sql the extension is created at
//     version A first (when that fails, the script runs without it);
//   - testdata/*.sql;
//   - a generated script holding a single INSERT statement of 237 KB.
//
// Extension scripts may stop at an error (a member function that only
// CREATE EXTENSION may create, for example): the comparison then covers the
// statements up to and including that error.
func TestDifferential(t *testing.T) {
	corpus := extensionCorpus(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*.sql"))
	require.NoError(t, err)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		corpus = append(corpus, corpusScript{name: f, script: string(src)})
	}
	corpus = append(corpus, corpusScript{name: "generated/insert_237kb.sql", script: bigInsert(237 << 10)})

	var (
		mu       sync.Mutex
		total    stats
		nscripts int
		nfail    int
		nsyn     int
	)
	t.Run("corpus", func(t *testing.T) {
		for _, cs := range corpus {
			t.Run(cs.name, func(t *testing.T) {
				t.Parallel()
				sc, err := scanVariants(t, cs.script)
				require.NoError(t, err)
				ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
				defer cancel()
				whole := connect(t, pgtest.NewDatabase(t))
				each := connect(t, pgtest.NewDatabase(t))
				for _, sql := range cs.setup {
					_, errW := whole.Exec(ctx, sql).ReadAll()
					_, errE := each.Exec(ctx, sql).ReadAll()
					require.Equal(t, errW == nil, errE == nil, sql)
				}
				st := compareWithServer(ctx, t, whole, each, cs.script, sc, false)
				mu.Lock()
				defer mu.Unlock()
				nscripts++
				total.found += st.found
				total.compared += st.compared
				if st.failed {
					nfail++
				}
				if st.syntax {
					nsyn++
				}
			})
		}
	})
	t.Logf("differential: %d scripts (%d extension scripts), %d statements found, %d executed and compared; %d scripts stopped at an error, %d rejected whole with a syntax error",
		nscripts, len(corpus)-len(files)-1, total.found, total.compared, nfail, nsyn)
}

// extensionCorpus reads the extension scripts of the installed PostgreSQL.
func extensionCorpus(t *testing.T) []corpusScript {
	files, err := filepath.Glob("/usr/share/postgresql/*/extension/*.sql")
	require.NoError(t, err)
	if len(files) == 0 {
		t.Log("no extension scripts under /usr/share/postgresql/*/extension")
	}
	backslash := regexp.MustCompile(`(?m)^\\.*$`)
	owner := os.Getenv("USER")
	if owner == "" {
		owner = "postgres"
	}
	var out []corpusScript
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		base := strings.TrimSuffix(filepath.Base(f), ".sql")
		parts := strings.Split(base, "--")
		ext := parts[0]
		control, _ := os.ReadFile(filepath.Join(filepath.Dir(f), ext+".control"))
		module := controlValue(string(control), "module_pathname")
		if module == "" {
			module = "$libdir/" + ext
		}
		script := backslash.ReplaceAllString(string(src), "")
		script = strings.NewReplacer("MODULE_PATHNAME", module, "@extschema@", "public", "@extowner@", `"`+owner+`"`).Replace(script)

		var setup []string
		if req := controlValue(string(control), "requires"); req != "" {
			for _, r := range strings.Split(req, ",") {
				setup = append(setup, fmt.Sprintf(`CREATE EXTENSION IF NOT EXISTS "%s" CASCADE`, strings.TrimSpace(r)))
			}
		}
		if len(parts) == 3 { // an update script from version parts[1]
			setup = append(setup, fmt.Sprintf(`CREATE EXTENSION "%s" VERSION '%s' CASCADE`, ext, parts[1]))
		}
		out = append(out, corpusScript{name: f, script: script, setup: setup})
	}
	return out
}

// controlValue returns the value of key in an extension control file.
func controlValue(control, key string) string {
	for _, line := range strings.Split(control, "\n") {
		k, v, ok := strings.Cut(line, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.Trim(strings.TrimSpace(v), "'")
		}
	}
	return ""
}

// bigInsert returns a script whose INSERT statement is at least size bytes,
// its rows full of quotes, semicolons and comment markers.
func bigInsert(size int) string {
	var b strings.Builder
	b.WriteString("CREATE TABLE big (id int, s text, e text, d text, q text);\nINSERT INTO big (id, s, e, d, q) VALUES\n")
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `(%d, 'row %d; it''s -- not a comment /* nor this */', E'tab\t;\'q\' \\', $$dollar; '$%d$$, $t$ $$ ; $t$ /* (; */)`, i, i, i)
		fmt.Fprintf(&b, " -- row %d;\n", i)
	}
	b.WriteString(";\nSELECT count(*), sum(length(s)) FROM big;\n")
	return b.String()
}
