package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
)

// lintProject writes a project with core and myplaces scripts (by path
// under flyway/) and returns the global flags that read it.
func lintProject(t *testing.T, files map[string]string) []string {
	t.Helper()
	dir := t.TempDir()
	files["oskari.properties"] = "db.additional.modules = myplaces\n"
	for name, text := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	return []string{"-q", "-config", filepath.Join(dir, "oskari.properties"), "-classpath", dir}
}

// runway lint needs no database: it prints one line per finding and exits
// 1, or 0 with -warn-only.
func TestLintCommand(t *testing.T) {
	t.Parallel()
	flags := lintProject(t, map[string]string{
		"flyway/oskari/V2_0__base.sql":     "CREATE TABLE layer (id int, name text);\nCREATE INDEX layer_name ON layer (name);\n",
		"flyway/myplaces/V1_0__places.sql": "CREATE TABLE places (id int);\n",
		"flyway/myplaces/V1_1__index.sql":  "-- a comment\nCREATE INDEX places_id ON places (id);\n",
		"flyway/myplaces/V1_2__col.sql":    "ALTER TABLE places ADD COLUMN n int DEFAULT 0;\n",
	})
	lint := func(args ...string) []string {
		return append(append([]string{}, flags...), append([]string{"lint"}, args...)...)
	}
	const finding = `myplaces: V1_1__index.sql:2:1: index-concurrently: CREATE INDEX without CONCURRENTLY blocks writes to "places" while it builds; use CREATE INDEX CONCURRENTLY in a script of its own` + "\n"

	stdout, stderr, code := runIn(t, lint()...)
	require.Equal(t, 1, code)
	require.Equal(t, finding, stdout)
	require.Equal(t, "runway: lint: 1 finding(s)\n", stderr)

	stdout, stderr, code = runIn(t, lint("-warn-only")...)
	require.Equal(t, 0, code)
	require.Equal(t, finding, stdout)
	require.Empty(t, stderr)

	for _, after := range [][]string{{"-start-after", "myplaces=1.1"}, {"-start-after", "1.1"}, {"-start-after", "core=3", "-start-after", "1.1"}} {
		stdout, stderr, code = runIn(t, lint(after...)...)
		require.Equal(t, 0, code, after)
		require.Equal(t, "2 module(s) linted: no findings\n", stdout, after)
		require.Empty(t, stderr)
	}

	stdout, _, code = runIn(t, lint("-server-version", "10", "-start-after", "myplaces=1.1", "-json")...)
	require.Equal(t, 1, code)
	var got []migrate.LintFinding
	require.NoError(t, json.Unmarshal([]byte(stdout), &got))
	require.Equal(t, []migrate.LintFinding{{Module: "myplaces", Script: "V1_2__col.sql", Line: 1, Column: 37, Rule: "add-column-default",
		Reason: `before PostgreSQL 11, adding column "n" with a default rewrites "places" under an ACCESS EXCLUSIVE lock`,
		Fix:    "add the column without a default, SET DEFAULT in a second statement and fill the existing rows in batches"}}, got)

	_, stderr, code = runIn(t, lint("-start-after", "nope=1")...)
	require.Equal(t, 1, code)
	require.Contains(t, stderr, `no module named "nope"`)

	_, stderr, code = runIn(t, lint("extra")...)
	require.Equal(t, 2, code)
	require.Equal(t, "runway: lint: unexpected argument \"extra\" (see runway lint -h)\n", stderr)
}
