package sqlscript_test

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgtest"
	"github.com/runwaydb/migrate/internal/sqlscript"
)

// envFullCorpus names the environment variable that adds the extension
// scripts of the installed PostgreSQL to the corpus when set to 1.
const envFullCorpus = "MIGRATE_TEST_FULL_CORPUS"

// corpusScript is one script of the differential corpus.
type corpusScript struct {
	name string
	// extension is the extension an extension script belongs to, "" for
	// other scripts. Its @extschema@ and @extowner@ are replaced when it
	// runs, as CREATE EXTENSION replaces them.
	extension string
	script    string
	setup     []string // run first in each transaction, see target
}

// TestDifferential proves the splitter against PostgreSQL's own parser. For
// each script of the corpus:
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
// # Where the scripts run
//
// All scripts share one database. The two runs of a script use a pair of
// connections that serves script after script (see pairPool): both
// transactions are rolled back, the script must not end them (checked), and
// DISCARD ALL then clears the session state a script leaves behind. A pair
// whose script failed is closed and replaced. Each pair has a schema of its
// own, first on its search_path, so pairs do not wait for each other's
// uncommitted objects. Scripts that end transactions themselves run in two
// databases of their own instead, as all scripts once did. The scripts of
// one extension run one after another, on one pair at a time; extensions run
// in parallel.
//
// # The corpus
//
// The default corpus is fixed, whatever is installed on the machine:
//   - testdata/extension: every extension script (152 files, 47 extensions,
//     about 460 KB) shipped by Debian's postgresql-15 package 15.20, the
//     contrib modules, with their control files; see
//     testdata/extension/COPYRIGHT. Written by PostgreSQL's developers for
//     CREATE EXTENSION, they hold the syntax a migration may hold: types,
//     operators, operator classes and families, casts, aggregates, C, SQL
//     and plpgsql functions, DO blocks in dollar quotes, GRANTs,
//     ALTER EXTENSION, catalog updates. All of them together take
//     about two seconds on two cores, so none is left out;
//   - testdata/*.sql;
//   - a generated script holding a single INSERT statement of 237 KB.
//
// With MIGRATE_TEST_FULL_CORPUS=1 every *.sql file under
// /usr/share/postgresql/*/extension is added: PostGIS's too when installed.
// With PostGIS that is some 950 scripts and 1.8 million statements, about
// ten minutes on two cores: give go test -timeout 30m.
//
// Extension scripts are prepared as CREATE EXTENSION prepares them: lines
// starting with a backslash (psql meta-commands such as
// "\echo Use ... \quit") become empty lines, MODULE_PATHNAME becomes the
// control file's module_pathname ("$libdir/<extension>"), @extschema@ the
// pair's schema and @extowner@ the current user. Inside each transaction,
// before the script, the extensions that the control file requires are
// created, and for an update script name--A--B.sql the extension at version
// A (when that fails, the script runs without it). The server needs the
// extensions' libraries for their C functions; without them a script stops
// at its first C function, on both sides alike.
//
// Extension scripts may stop at an error (a member function that only
// CREATE EXTENSION may create, for example): the comparison then covers the
// statements up to and including that error. In -short mode only the
// server-free checks run.
func TestDifferential(t *testing.T) {
	corpus := extensionCorpus(t, filepath.Join("testdata", "extension"))
	if os.Getenv(envFullCorpus) == "1" {
		dirs, err := filepath.Glob("/usr/share/postgresql/*/extension")
		require.NoError(t, err)
		for _, dir := range dirs {
			corpus = append(corpus, extensionCorpus(t, dir)...)
		}
	} else {
		t.Logf("set %s=1 to add the extension scripts of the installed PostgreSQL", envFullCorpus)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*.sql"))
	require.NoError(t, err)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		corpus = append(corpus, corpusScript{name: f, script: string(src)})
	}
	corpus = append(corpus, corpusScript{name: "generated/insert_237kb.sql", script: bigInsert(237 << 10)})

	var pool *pairPool
	if !testing.Short() {
		pool = newPairPool(t, pgtest.NewDatabase(t))
	}
	var sum tally
	t.Run("corpus", func(t *testing.T) {
		for _, group := range groupCorpus(corpus) {
			t.Run(group.name, func(t *testing.T) {
				t.Parallel()
				for _, cs := range group.scripts {
					t.Run(cs.name, func(t *testing.T) {
						isolated := endsTransaction(cs.script)
						st := runScript(t, pool, cs, isolated)
						sum.add(cs, isolated, st)
					})
				}
			})
		}
	})
	if pool == nil {
		t.Logf("differential: %d scripts split, none sent to a server in -short mode", sum.scripts)
		return
	}
	t.Logf("differential: %d scripts (%d extension scripts, %d in databases of their own), %d statements found, %d executed and compared; %d scripts stopped at an error, %d rejected whole with a syntax error; %d pairs of connections",
		sum.scripts, sum.extension, sum.isolated, sum.found, sum.compared, sum.failed, sum.syntax, pool.made)
}

// runScript compares one script with the server, on a pair from pool or, if
// isolated, on two new databases: a script that ends transactions (COMMIT,
// ROLLBACK) would leave what it commits in a shared database. Without a pool
// it only splits the script.
func runScript(t *testing.T, pool *pairPool, cs corpusScript, isolated bool) stats {
	if pool == nil {
		_, err := scanVariants(t, cs.script)
		require.NoError(t, err)
		return stats{}
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	tg := target{setup: cs.setup}
	schema := "public"
	if isolated {
		tg.whole = connect(t, pgtest.NewDatabase(t))
		tg.each = connect(t, pgtest.NewDatabase(t))
	} else {
		pr := pool.get(t)
		tg.whole, tg.each, tg.shared, schema = pr.whole, pr.each, true, pr.schema
	}
	script := cs.script
	if cs.extension != "" {
		owner := tg.whole.ParameterStatus("session_authorization")
		script = strings.NewReplacer("@extschema@", schema, "@extowner@", pgx.Identifier{owner}.Sanitize()).Replace(script)
	}
	sc, err := scanVariants(t, script)
	require.NoError(t, err)
	return compareWithServer(ctx, t, tg, script, sc, false)
}

// corpusGroup is scripts that run one after another.
type corpusGroup struct {
	name    string // the extension, or "scripts"
	scripts []corpusScript
	size    int // bytes in all scripts
}

// groupCorpus groups the scripts of each extension; all other scripts form
// the group "scripts". The largest groups come first, so that the parallel
// run does not end waiting for one that started last.
func groupCorpus(corpus []corpusScript) []corpusGroup {
	var groups []corpusGroup
	index := map[string]int{}
	for _, cs := range corpus {
		name := cmp.Or(cs.extension, "scripts")
		i, ok := index[name]
		if !ok {
			i = len(groups)
			index[name] = i
			groups = append(groups, corpusGroup{name: name})
		}
		groups[i].scripts = append(groups[i].scripts, cs)
		groups[i].size += len(cs.script)
	}
	slices.SortStableFunc(groups, func(a, b corpusGroup) int { return cmp.Compare(b.size, a.size) })
	return groups
}

// tally sums the stats of the scripts run.
type tally struct {
	mu                                                            sync.Mutex
	scripts, extension, isolated, found, compared, failed, syntax int
}

func (s *tally) add(cs corpusScript, isolated bool, st stats) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.scripts++
	if cs.extension != "" {
		s.extension++
	}
	if isolated {
		s.isolated++
	}
	s.found += st.found
	s.compared += st.compared
	if st.failed {
		s.failed++
	}
	if st.syntax {
		s.syntax++
	}
}

// endsTransaction reports whether script holds a COMMIT or a ROLLBACK.
func endsTransaction(script string) bool {
	stmts, _ := sqlscript.Split(script)
	for _, st := range stmts {
		if st.Kind == sqlscript.Commit || st.Kind == sqlscript.Rollback {
			return true
		}
	}
	return false
}

// extensionCorpus reads the extension scripts in dir, with the control files
// beside them.
func extensionCorpus(t *testing.T, dir string) []corpusScript {
	files, err := filepath.Glob(filepath.Join(dir, "*.sql"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Logf("no extension scripts in %s", dir)
	}
	var out []corpusScript
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		base := strings.TrimSuffix(filepath.Base(f), ".sql")
		parts := strings.Split(base, "--")
		ext := parts[0]
		control, _ := os.ReadFile(filepath.Join(dir, ext+".control"))
		module := controlValue(string(control), "module_pathname")
		if module == "" {
			module = "$libdir/" + ext
		}
		script := strings.ReplaceAll(withoutMetaCommands(string(src)), "MODULE_PATHNAME", module)

		var setup []string
		if req := controlValue(string(control), "requires"); req != "" {
			for _, r := range strings.Split(req, ",") {
				setup = append(setup, fmt.Sprintf(`CREATE EXTENSION IF NOT EXISTS %s CASCADE`, pgx.Identifier{strings.TrimSpace(r)}.Sanitize()))
			}
		}
		if len(parts) == 3 { // an update script from version parts[1]
			setup = append(setup, fmt.Sprintf(`CREATE EXTENSION %s VERSION '%s' CASCADE`, pgx.Identifier{ext}.Sanitize(), parts[1]))
		}
		out = append(out, corpusScript{name: f, extension: ext, script: script, setup: setup})
	}
	return out
}

// withoutMetaCommands returns script with the lines that start with a
// backslash (psql meta-commands) emptied.
func withoutMetaCommands(script string) string {
	lines := strings.Split(script, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, `\`) {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n")
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
