package migrate

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"net/url"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// The PostgreSQL client programs (pg_dump, pg_restore) Runway runs for
// snapshots: where they are found and how they get the connection.

// pgToolDirs is where Debian and Ubuntu install each major version's
// programs.
const pgToolDirs = "/usr/lib/postgresql/*/bin"

// findPgTool returns the path of the program name: configured if set (a
// path, or a name looked up in PATH); else the one in PATH if its major
// version is at least minMajor (0: any), else the newest of pgToolDirs
// that is, else the first found; with minMajor < 0, the newest of all.
func findPgTool(ctx context.Context, name, configured string, minMajor int) (string, error) {
	if configured != "" {
		p, err := exec.LookPath(configured)
		if err != nil {
			return "", fmt.Errorf("%s: %w", name, err)
		}
		return p, nil
	}
	var found []string
	if p, err := exec.LookPath(name); err == nil {
		found = append(found, p)
	}
	dirs, _ := filepath.Glob(filepath.Join(pgToolDirs, name)) // the only error is a bad pattern
	slices.SortFunc(dirs, func(a, b string) int { return toolDirMajor(b) - toolDirMajor(a) })
	for _, p := range dirs {
		if _, err := exec.LookPath(p); err == nil {
			found = append(found, p)
		}
	}
	if len(found) == 0 {
		return "", fmt.Errorf("no %s in PATH or %s: install the PostgreSQL client or set its path", name, pgToolDirs)
	}
	switch {
	case minMajor < 0: // the newest: it reads what any older one wrote
		best, bestMajor := found[0], toolMajor(ctx, found[0])
		for _, p := range found[1:] {
			if v := toolMajor(ctx, p); v > bestMajor {
				best, bestMajor = p, v
			}
		}
		return best, nil
	case minMajor > 0:
		for _, p := range found {
			if toolMajor(ctx, p) >= minMajor {
				return p, nil
			}
		}
	}
	return found[0], nil
}

// toolDirMajor is the major version in a /usr/lib/postgresql/<v>/bin/x
// path, 0 if none.
func toolDirMajor(p string) int {
	v := filepath.Base(filepath.Dir(filepath.Dir(p)))
	major, _, _ := strings.Cut(v, ".")
	n, _ := strconv.Atoi(major)
	return n
}

var toolVersion = regexp.MustCompile(`\(PostgreSQL\) (\d+)`)

// toolMajor runs bin --version and returns the major version it prints,
// 0 if unknown.
func toolMajor(ctx context.Context, bin string) int {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "--version").Output()
	if err != nil {
		return 0
	}
	m := toolVersion.FindSubmatch(out)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// maxToolStderr bounds how much of a program's error output an error
// quotes (its end, where the reason is).
const maxToolStderr = 4096

// runPgTool runs bin with args and env, and returns its standard output.
// A failure quotes the end of its standard error, with password (if not
// empty) replaced, and never the environment.
func runPgTool(ctx context.Context, bin string, env []string, password string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err == nil {
		return stdout.Bytes(), nil
	}
	msg := strings.Join(strings.Fields(strings.ReplaceAll(strings.TrimSpace(stderr.String()), "\n", " ; ")), " ") // one line
	// The password goes before the cut: a cut could split it.
	if password != "" {
		msg = strings.ReplaceAll(msg, password, "(redacted)")
	}
	if len(msg) > maxToolStderr {
		msg = "…" + msg[len(msg)-maxToolStderr:]
	}
	if ctx.Err() != nil {
		err = fmt.Errorf("%w (%w)", err, context.Cause(ctx))
	}
	if msg != "" {
		return nil, fmt.Errorf("%s: %w: %s", filepath.Base(bin), err, msg)
	}
	return nil, fmt.Errorf("%s: %w", filepath.Base(bin), err)
}

// libpqEnv maps the connection settings libpq programs take from the
// environment, and Runway passes on as given, to their variables.
var libpqEnv = []struct{ key, env string }{
	{"sslmode", "PGSSLMODE"},
	{"sslrootcert", "PGSSLROOTCERT"},
	{"sslcert", "PGSSLCERT"},
	{"sslkey", "PGSSLKEY"},
	{"sslcrl", "PGSSLCRL"},
	{"target_session_attrs", "PGTARGETSESSIONATTRS"},
}

// pgEnv returns the environment for a pg_dump or pg_restore run on the
// database of cc: environ without its PG* variables, plus the connection
// as libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, the
// TLS settings), so that no password is on a command line. Host, port,
// user, password and database are those pgx resolved; the other settings
// are taken from cc's connection string, else from environ, as pgx does.
func pgEnv(cc *pgx.ConnConfig, environ []string) []string {
	var out []string
	given := map[string]string{}
	for _, kv := range environ {
		k, v, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "PG") {
			given[k] = v
			continue
		}
		out = append(out, kv)
	}
	var hosts, ports []string
	seen := map[string]bool{}
	add := func(host string, port uint16) {
		p := strconv.Itoa(int(port))
		if !seen[host+":"+p] {
			seen[host+":"+p] = true
			hosts, ports = append(hosts, host), append(ports, p)
		}
	}
	add(cc.Host, cc.Port)
	for _, fb := range cc.Fallbacks {
		add(fb.Host, fb.Port)
	}
	set := func(k, v string) {
		if v != "" {
			out = append(out, k+"="+v)
		}
	}
	set("PGHOST", strings.Join(hosts, ","))
	set("PGPORT", strings.Join(ports, ","))
	set("PGUSER", cc.User)
	set("PGPASSWORD", cc.Password)
	set("PGDATABASE", cc.Database)
	set("PGAPPNAME", "runway")
	if cc.ConnectTimeout > 0 {
		set("PGCONNECT_TIMEOUT", strconv.Itoa(max(2, int(cc.ConnectTimeout.Round(time.Second)/time.Second))))
	}
	settings := connSettings(cc.ConnString())
	for _, s := range libpqEnv {
		set(s.env, cmp.Or(settings[s.key], given[s.env]))
	}
	return out
}

// connSettings reads the key=value settings of a postgres:// URL's query
// or of a DSN; nil if s is neither (pgx parsed it already).
func connSettings(s string) map[string]string {
	if strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://") {
		_, query, _ := strings.Cut(s, "?") // url.Parse refuses several hosts
		query, _, _ = strings.Cut(query, "#")
		q, err := url.ParseQuery(query)
		if err != nil {
			return nil
		}
		out := map[string]string{}
		for k, v := range q {
			out[k] = v[len(v)-1]
		}
		return out
	}
	out, err := parseDSN(s)
	if err != nil {
		return nil
	}
	return out
}

// envCommand shows a command line run with env, as a shell would take it,
// with the connection variables but PGPASSWORD in front.
func envCommand(env []string, bin string, args ...string) string {
	var parts []string
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "PG") && k != "PGPASSWORD" {
			parts = append(parts, shellQuote(kv))
		}
	}
	parts = append(parts, shellQuote(bin))
	for _, a := range args {
		parts = append(parts, shellQuote(a))
	}
	return strings.Join(parts, " ")
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_-./=:,@%+", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
