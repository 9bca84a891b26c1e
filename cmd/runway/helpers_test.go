package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
)

func TestNextVersion(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"":               "1_0",
		"1_31_5":         "1_31_6",
		"1.31.5":         "1.31.6",
		"1_0":            "1_1",
		"2":              "3",
		"1_09":           "1_10",
		"1_00_9":         "1_00_10",
		"20130115113556": "20130115113557",
	} {
		got, err := nextVersion(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	_, err := nextVersion("99999999999999999999")
	require.ErrorContains(t, err, "cannot bump version")
}

func TestVersionOf(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]string{
		"V1_2__add.sql":  "1_2",
		"V1.2__add.SQL":  "1.2",
		"V3.sql":         "3",
		"V1__a__b.sql":   "1",
		"U1_2__undo.sql": "",
		"R__view.sql":    "",
		"V1__a.sql.conf": "",
		"README.md":      "",
	} {
		got, ok := versionOf(name)
		require.Equal(t, want, got, name)
		require.Equal(t, want != "", ok, name)
	}
}

func TestOneLineMasksSecrets(t *testing.T) {
	t.Parallel()
	env := []string{
		"DB_URL=jdbc:postgresql://db:5432/oskari?user=oskari&password=jdbc%26pw",
		"DB_MYPLACES_URL=postgres://u:url-pw@db/x",
		"FLYWAY_PASSWORD=flyway-pw",
		"DATABASE_URL=host=db password='dsn pw' user=x",
		"HOME=/root",
	}
	secrets := envSecrets(env)
	msg := "failed to connect:\n\tjdbc&pw url-pw flyway-pw dsn pw url%2Dpw\nsecond"
	got := oneLine(msg, secrets)
	require.Equal(t, "failed to connect: xxxxx xxxxx xxxxx xxxxx url%2Dpw; second", got)

	cfg := migrate.Config{DatabaseURL: "postgres://u:cfg-pw@db/x", Modules: []migrate.Module{{Name: "m", DatabaseURL: "user=x password=mod-pw"}}}
	require.Equal(t, "xxxxx xxxxx", mask("cfg-pw mod-pw", configSecrets(cfg)))
}

func TestApplyTargets(t *testing.T) {
	t.Parallel()
	cfg := migrate.Config{Modules: []migrate.Module{{Name: "core"}, {Name: "myplaces"}, {Name: "analysis"}}}
	require.NoError(t, applyTargets(&cfg, []string{"myplaces=1.0", "2.1?"}))
	require.Equal(t, []string{"2.1?", "1.0", "2.1?"}, []string{cfg.Modules[0].Target, cfg.Modules[1].Target, cfg.Modules[2].Target})
	require.ErrorContains(t, applyTargets(&cfg, []string{"nope=1"}), `no module named "nope"`)
}

// runIn runs runway in-process.
func runIn(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(t.Context(), args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestUsage(t *testing.T) {
	t.Parallel()
	stdout, stderr, code := runIn(t, "-h")
	require.Equal(t, 0, code)
	require.Empty(t, stderr)
	require.Contains(t, stdout, "Usage: runway [-config FILE]... [-classpath DIR] [-v | -q] <command> [flags] [args]")
	for _, c := range commands() {
		require.Contains(t, stdout, "  "+c.name)
		stdout, stderr, code := runIn(t, c.name, "-h")
		require.Equal(t, 0, code, c.name)
		require.Empty(t, stderr, c.name)
		require.True(t, strings.HasPrefix(stdout, "Usage: runway "+c.name), stdout)
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "runway: no command (see runway -h)\n"},
		{[]string{"bogus"}, "runway: unknown command \"bogus\" (see runway -h)\n"},
		{[]string{"-x"}, "runway: flag provided but not defined: -x (see runway -h)\n"},
		{[]string{"-v", "-q", "info"}, "runway: -v and -q: choose one\n"},
		{[]string{"info", "-x"}, "runway: info: flag provided but not defined: -x (see runway info -h)\n"},
		{[]string{"info", "extra"}, "runway: info: unexpected argument \"extra\" (see runway info -h)\n"},
		{[]string{"undo", "-module", "m"}, "runway: undo: -module and -target are required (see runway undo -h)\n"},
	} {
		stdout, stderr, code := runIn(t, tt.args...)
		require.Equal(t, 2, code, tt.args)
		require.Empty(t, stdout, tt.args)
		require.Equal(t, tt.want, stderr, tt.args)
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	stdout, _, code := runIn(t, "version")
	require.Equal(t, 0, code)
	require.Regexp(t, `^runway github.com/runwaydb/migrate .*\nbuilt with go\S+ \w+/\w+\n$`, stdout)
}
