package migrate_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
)

var updateGolden = flag.Bool("update", false, "rewrite the lint golden file testdata/lint/oskari-server.golden")

// lintSQL lints one script, as V1__<name> of module core, on a server of
// the given major version (0: the default).
func lintSQL(t *testing.T, name, sql string, major int) []migrate.LintFinding {
	t.Helper()
	m, err := migrate.New(migrate.Config{Modules: []migrate.Module{{Name: "core",
		Scripts: fstest.MapFS{"V1__" + name: {Data: []byte(sql)}}}}})
	require.NoError(t, err)
	findings, err := m.Lint(migrate.LintOptions{ServerMajor: major})
	require.NoError(t, err)
	return findings
}

// lintWhere lists findings as "rule line:col".
func lintWhere(findings []migrate.LintFinding) []string {
	out := []string{}
	for _, f := range findings {
		out = append(out, fmt.Sprintf("%s %d:%d", f.Rule, f.Line, f.Column))
	}
	return out
}

var wantComment = regexp.MustCompile(`(?m)^-- want (\S+ \d+:\d+)$`)

// TestLintRules lints testdata/lint/<rule>/*.sql: a bad*.sql file gives
// exactly the findings its "-- want <rule> <line>:<col>" comments list, a
// good*.sql file none. Every rule has both.
func TestLintRules(t *testing.T) {
	t.Parallel()
	for _, rule := range migrate.LintRules() {
		files, err := filepath.Glob(filepath.Join("testdata", "lint", rule, "*.sql"))
		require.NoError(t, err)
		var bad, good int
		for _, file := range files {
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			want := []string{}
			for _, m := range wantComment.FindAllStringSubmatch(string(b), -1) {
				want = append(want, m[1])
			}
			if strings.HasPrefix(path.Base(file), "bad") {
				bad++
				require.NotEmpty(t, want, "%s: a bad fixture lists the findings it wants", file)
				for _, w := range want {
					require.True(t, strings.HasPrefix(w, rule+" "), "%s: want %s: the fixture is for %s", file, w, rule)
				}
			} else {
				good++
				require.Empty(t, want, file)
			}
			findings := lintSQL(t, path.Base(file), string(b), 0)
			require.Equal(t, want, lintWhere(findings), file)
			for _, f := range findings {
				require.Equal(t, "V1__"+path.Base(file), f.Script)
				require.NotEmpty(t, f.Reason, file)
				require.NotEmpty(t, f.Fix, file)
			}
		}
		require.Positive(t, bad, "rule %s has no bad fixture", rule)
		require.Positive(t, good, "rule %s has no good fixture", rule)
	}
}

func TestLintFindingString(t *testing.T) {
	t.Parallel()
	f := lintSQL(t, "idx.sql", "\n\n\nCREATE INDEX t_x ON t (x);\n", 0)
	require.Len(t, f, 1)
	require.Equal(t, `core: V1__idx.sql:4:1: index-concurrently: CREATE INDEX without CONCURRENTLY blocks writes to "t" while it builds; use CREATE INDEX CONCURRENTLY in a script of its own`, f[0].String())
}

// A runway:allow comment before the statement, or on its first line
// (after the ';' of a one-line statement too), exempts it from the rules
// it names, and only from those.
func TestLintAllow(t *testing.T) {
	t.Parallel()
	sql := `-- runway:allow index-concurrently
CREATE INDEX a ON t (a);
CREATE INDEX b ON t (b); -- runway:allow index-concurrently
ALTER TABLE t /* runway:allow drop-column, rename-column */ DROP COLUMN c,
  RENAME d TO e;
/* runway:allow rename-column */
CREATE INDEX c ON t (c);
ALTER TABLE t DROP COLUMN f; -- runway:allow index-concurrently
ALTER TABLE t DROP COLUMN g;
`
	require.Equal(t, []string{"index-concurrently 7:1", "drop-column 8:15", "drop-column 9:15"}, lintWhere(lintSQL(t, "allow.sql", sql, 0)))
}

// Versions at or below StartAfter are not linted; repeatables always are.
func TestLintStartAfter(t *testing.T) {
	t.Parallel()
	idx := []byte("CREATE INDEX a ON t (a);\n")
	m, err := migrate.New(migrate.Config{Modules: []migrate.Module{
		{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: idx}, "V2__b.sql": {Data: idx}, "V2_1__c.sql": {Data: idx}, "R__v.sql": {Data: idx}}},
		{Name: "myplaces", Scripts: fstest.MapFS{"V1__a.sql": {Data: idx}}},
	}})
	require.NoError(t, err)
	scripts := func(opts migrate.LintOptions) []string {
		f, err := m.Lint(opts)
		require.NoError(t, err)
		var out []string
		for _, x := range f {
			out = append(out, x.Module+"/"+x.Script)
		}
		return out
	}
	require.Equal(t, []string{"core/V1__a.sql", "core/V2__b.sql", "core/V2_1__c.sql", "core/R__v.sql", "myplaces/V1__a.sql"}, scripts(migrate.LintOptions{}))
	require.Equal(t, []string{"core/V2_1__c.sql", "core/R__v.sql", "myplaces/V1__a.sql"}, scripts(migrate.LintOptions{StartAfter: map[string]string{"core": "2.0"}}))

	_, err = m.Lint(migrate.LintOptions{StartAfter: map[string]string{"nope": "1"}})
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	require.ErrorContains(t, err, `no module named "nope"`)
	_, err = m.Lint(migrate.LintOptions{StartAfter: map[string]string{"core": "x.y"}})
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
}

// Before PostgreSQL 11 any default rewrites the table; from 11 only a
// volatile one does. REINDEX CONCURRENTLY and SET NOT NULL's use of a
// check need 12: the fixes say so.
func TestLintServerVersion(t *testing.T) {
	t.Parallel()
	sql := "ALTER TABLE t ADD COLUMN c int DEFAULT 0;\nALTER TABLE t ADD COLUMN d int DEFAULT NULL;\n"
	require.Equal(t, []string{"add-column-default 1:32"}, lintWhere(lintSQL(t, "def.sql", sql, 10)))
	require.Empty(t, lintSQL(t, "def.sql", sql, 11))
	require.Empty(t, lintSQL(t, "def.sql", sql, 0))

	sql = "REINDEX TABLE t;\nALTER TABLE t ALTER c SET NOT NULL;\n"
	old, cur := lintSQL(t, "re.sql", sql, 11), lintSQL(t, "re.sql", sql, 15)
	require.Equal(t, lintWhere(old), lintWhere(cur))
	require.Contains(t, old[0].Fix, "PostgreSQL 12")
	require.NotContains(t, cur[0].Fix, "PostgreSQL 12")
	require.Contains(t, old[1].Fix, "before PostgreSQL 12")
	require.Contains(t, cur[1].Fix, "then SET NOT NULL")
}

// A script whose executeInTransaction=false, or Config.Mixed, may mix
// CONCURRENTLY with other statements.
func TestLintMixedAllowed(t *testing.T) {
	t.Parallel()
	sql := []byte("UPDATE t SET a = 1;\nCREATE INDEX CONCURRENTLY a ON t (a);\n")
	for _, tt := range []struct {
		cfg  migrate.Config
		want []string
	}{
		{migrate.Config{Modules: []migrate.Module{{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: sql}}}}}, []string{"concurrently-in-transaction 2:1"}},
		{migrate.Config{Mixed: true, Modules: []migrate.Module{{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: sql}}}}}, []string{}},
		{migrate.Config{Modules: []migrate.Module{{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: sql},
			"V1__a.sql.conf": {Data: []byte("executeInTransaction=false\n")}}}}}, []string{}},
	} {
		m, err := migrate.New(tt.cfg)
		require.NoError(t, err)
		f, err := m.Lint(migrate.LintOptions{})
		require.NoError(t, err)
		require.Equal(t, tt.want, lintWhere(f))
	}
}

// A script that cannot be split is an error naming it; the other scripts
// are still linted.
func TestLintSyntaxError(t *testing.T) {
	t.Parallel()
	m, err := migrate.New(migrate.Config{Modules: []migrate.Module{{Name: "core", Scripts: fstest.MapFS{
		"V1__a.sql": {Data: []byte("SELECT 'open;\n")},
		"V2__b.sql": {Data: []byte("DROP TABLE t;\n")},
	}}}})
	require.NoError(t, err)
	f, err := m.Lint(migrate.LintOptions{})
	require.ErrorContains(t, err, "core: V1__a.sql:1:8: unterminated quoted string")
	require.Equal(t, []string{"drop-table 1:12"}, lintWhere(f))
}

// The example server's migrations, linted as runway lint does, match
// testdata/lint/oskari-server.golden (go test -run TestLintGolden -update
// rewrites it).
func TestLintGolden(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("examples", "oskari-server")
	cfg, err := migrate.LoadConfig(migrate.LoadOptions{
		Files:     []string{filepath.Join(dir, "oskari.properties"), filepath.Join(dir, "oskari-ext.properties")},
		Environ:   []string{},
		Classpath: os.DirFS(dir),
	})
	require.NoError(t, err)
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	findings, err := m.Lint(migrate.LintOptions{})
	require.NoError(t, err)
	var b strings.Builder
	for _, f := range findings {
		b.WriteString(f.String() + "\n")
	}
	golden := filepath.Join("testdata", "lint", "oskari-server.golden")
	if *updateGolden {
		require.NoError(t, os.WriteFile(golden, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), b.String())
}

// With Config.Lint, Run lints only what is pending, on the server's
// version: LintWarn logs each finding and migrates, LintError fails with
// ErrLint before any module is migrated.
func TestRunLint(t *testing.T) {
	t.Parallel()
	b := setup(t)
	core := fstest.MapFS{"V1__t.sql": {Data: []byte("CREATE TABLE t (a int);\nCREATE INDEX t_a ON t (a);\nALTER TABLE t RENAME a TO b;\n")}}
	places := fstest.MapFS{"V1__p.sql": {Data: []byte("CREATE TABLE p (a int);\n")}}
	cfg := b.config(migrate.Module{Name: "core", Scripts: core}, migrate.Module{Name: "myplaces", Scripts: places})
	cfg.Lint = migrate.LintWarn
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.NotContains(t, b.logs.String(), "migration lint", "a table created by the same script is new: nothing to say")

	// Two new migrations: the first module's is fine, the second's is not.
	core["V2__idx.sql"] = &fstest.MapFile{Data: []byte("-- runway:allow drop-column\nALTER TABLE t DROP COLUMN b;\n")}
	places["V2__idx.sql"] = &fstest.MapFile{Data: []byte("\nCREATE INDEX p_a ON p (a);\n")}
	cfg.Lint = migrate.LintError
	res, err := migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrLint)
	require.ErrorContains(t, err, `myplaces: V2__idx.sql:2:1: index-concurrently: CREATE INDEX without CONCURRENTLY blocks writes to "p"`)
	require.Zero(t, res.Applied())
	require.Len(t, b.rows(t, "oskari_status"), 1, "nothing applied, core included")

	b.logs.Reset()
	cfg.Lint = migrate.LintWarn
	res, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 2, res.Applied())
	var logged []string
	for _, line := range strings.Split(strings.TrimSpace(b.logs.String()), "\n") {
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &rec))
		if rec["msg"] == "migration lint: this statement may stall or break the database in use" {
			require.Equal(t, "WARN", rec["level"])
			logged = append(logged, fmt.Sprintf("%v %v %v:%v %v", rec["module"], rec["script"], rec["line"], rec["column"], rec["rule"]))
		}
	}
	require.Equal(t, []string{"myplaces V2__idx.sql 2:1 index-concurrently"}, logged, "only pending migrations, V1's rename is applied")

	cfg.Lint = migrate.LintError
	_, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err, "nothing pending: nothing to lint")
}

func TestLintProperty(t *testing.T) {
	t.Parallel()
	for value, want := range map[string]migrate.LintMode{"off": migrate.LintOff, "warn": migrate.LintWarn, "Error": migrate.LintError} {
		cfg, err := migrate.LoadConfig(migrate.LoadOptions{Environ: []string{"RUNWAY_LINT=" + value}})
		require.NoError(t, err)
		require.Equal(t, want, cfg.Lint, value)
		require.Equal(t, strings.ToLower(value), cfg.Lint.String())
	}
	_, err := migrate.LoadConfig(migrate.LoadOptions{Environ: []string{"RUNWAY_LINT=loud"}})
	require.ErrorContains(t, err, `expected off, warn or error`)
}

// TestLintPostDeploy: post-deploy scripts are linted too, but a drop or a
// rename there is what they are for.
func TestLintPostDeploy(t *testing.T) {
	t.Parallel()
	m, err := migrate.New(migrate.Config{Modules: []migrate.Module{{Name: "core", Scripts: fstest.MapFS{
		"V1__t.sql":    {Data: []byte("CREATE TABLE t (id int, old text);\n")},
		"P1__drop.sql": {Data: []byte("ALTER TABLE t DROP COLUMN old;\nCREATE INDEX t_id ON t (id);\n")},
	}}}})
	require.NoError(t, err)
	findings, err := m.Lint(migrate.LintOptions{})
	require.NoError(t, err)
	require.Len(t, findings, 1)
	require.Equal(t, "core:post", findings[0].Module)
	require.Equal(t, "index-concurrently", findings[0].Rule)
}

// TestRunLintFreshDatabase: a database whose module has no rows yet serves
// no traffic: its first migrations, which index tables an earlier script
// created, are not linted at boot (they could not be exempted without
// changing their checksums everywhere).
func TestRunLintFreshDatabase(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__t.sql": {Data: []byte("CREATE TABLE t (a int);\n")},
		"V2__i.sql": {Data: []byte("CREATE INDEX t_a ON t (a);\n")},
	}})
	cfg.Lint = migrate.LintError
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 2, res.Applied())
}
