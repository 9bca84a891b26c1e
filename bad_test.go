package migrate_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// The bad-input corpus (testdata/bad, described in its README.md): every
// case is bad input Runway must refuse with a typed error and a clear
// message, leaving the database as it was and never showing a password.

var updateBad = flag.Bool("update-bad", false, "rewrite testdata/bad/*/want.txt and want.err from the actual errors (review each by hand)")

// badPassword is the password of every role the corpus connects as. Pass
// it in a URL; it must never appear in an error or a log line.
const badPassword = "s3cret-Pa55word"

// badCase is a case's case.json.
type badCase struct {
	About         string            `json:"about"`         // what the case is, for people
	Op            string            `json:"op"`            // "run" (default: migrate.Run) or "validate" (New, then Validate)
	Modules       []badModule       `json:"modules"`       // default: core, scripts in migrations/
	NoModules     bool              `json:"noModules"`     // Config.Modules left empty
	Prefix        string            `json:"prefix"`        // Config.StatusTablePrefix
	Schema        string            `json:"schema"`        // Config.Schema
	Placeholders  map[string]string `json:"placeholders"`  // Config.Placeholders
	Ignore        *[]string         `json:"ignore"`        // Config.IgnoreMigrationPatterns; absent: nil
	Mixed         bool              `json:"mixed"`         // Config.Mixed
	LegacyRefuse  bool              `json:"legacyRefuse"`  // Config.LegacyTables = LegacyRefuse
	InstalledBy   string            `json:"installedBy"`   // Config.InstalledBy
	Connect       string            `json:"connect"`       // how to connect, see badConnect; default: as the case's role
	Lock          string            `json:"lock"`          // module whose status table another session holds in ACCESS EXCLUSIVE mode
	Timeout       string            `json:"timeout"`       // context deadline of the run; default 60s
	StatusTimeout string            `json:"statusTimeout"` // Config.StatusTimeout
	Fresh         bool              `json:"fresh"`         // no status tables are made before setup.sql
	Static        bool              `json:"static"`        // refused by New: runs on a database the static cases share, without setup
	Generate      string            `json:"generate"`      // files written at run time, see badGenerators
	Diff          []string          `json:"diff"`          // the expected change of the snapshot, "+line" or "-line"; default none
	Lead          string            `json:"lead"`          // a note for the lead engineer
}

// badModule is a module of a case.
type badModule struct {
	Name         string            `json:"name"`
	Scripts      string            `json:"scripts"` // directory in the case; "" for none
	Locations    []badLocation     `json:"locations"`
	Steps        []badStep         `json:"steps"`
	Target       string            `json:"target"`
	StatusTable  string            `json:"statusTable"`
	DependsOn    []string          `json:"dependsOn"`
	Placeholders map[string]string `json:"placeholders"`
}

type badLocation struct {
	Name string `json:"name"`
	Dir  string `json:"dir"` // directory in the case
}

// badStep is a Go step; Kind says what its Up does.
type badStep struct {
	Version     string `json:"version"`
	Description string `json:"description"`
	Kind        string `json:"kind"` // sql, error, panic, commit (through the Tx), commit-conn (through tx.Conn()), no-up
	SQL         string `json:"sql"`
}

func TestBadInputCorpus(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "bad", "*", "case.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(dirs), 45, "the corpus has at least 45 cases")
	srv := newBadServer(t)
	for _, p := range dirs {
		dir := filepath.Dir(p)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			runBadCase(t, srv, dir)
		})
	}
}

// runBadCase runs one case and checks its error, the database and the logs.
func runBadCase(t *testing.T, srv *badServer, dir string) {
	c := readBadCase(t, dir)
	if c.Generate == "big-script" && testing.Short() {
		t.Skip("100 MB script skipped in -short mode")
	}
	root := dir
	if c.Generate != "" {
		root = generateBadCase(t, dir, c.Generate)
	}
	env := srv.static
	if !c.Static {
		env = srv.newEnv(t, c)
		prepareBadCase(t, env, c, dir)
	}
	before := snapshot(t, env.admin)
	cfg, err := badConfig(t, env, c, root)
	require.NoError(t, err)
	if c.Static {
		_, err := os.Stat(filepath.Join(dir, "setup.sql"))
		require.ErrorIs(t, err, fs.ErrNotExist, "a static case has no setup.sql")
		_, err = migrate.New(cfg)
		require.Error(t, err, "a static case is refused by New")
	}
	logs := &bytes.Buffer{}
	cfg.Logger = slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))

	release := env.holdLock(t, c, cfg)
	err = runBadOp(t, c, cfg)
	release()

	require.Error(t, err, "the case must fail")
	plus := fmt.Sprintf("%+v", err)
	for _, s := range []string{err.Error(), plus, fmt.Sprintf("%v", err), logs.String()} {
		require.NotContains(t, s, badPassword, "a password shows")
	}
	require.Less(t, len(err.Error()), 4096, "the error is bounded")
	checkBadError(t, dir, env.normalize(plus), err)
	got := diffSnapshots(before, snapshot(t, env.admin))
	require.Equal(t, sortedCopy(c.Diff), got, "the database changed (after the case's expected diff); %s", c.About)
}

// readBadCase reads dir/case.json.
func readBadCase(t *testing.T, dir string) badCase {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "case.json"))
	require.NoError(t, err)
	var c badCase
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&c), "case.json")
	require.NotEmpty(t, c.About, "case.json says what the case is")
	if c.Modules == nil && !c.NoModules {
		c.Modules = []badModule{{Name: "core", Scripts: "migrations"}}
	}
	return c
}

// runBadOp runs the case's operation, turning a panic into an error.
func runBadOp(t *testing.T, c badCase, cfg migrate.Config) (err error) {
	timeout := 60 * time.Second
	if c.Timeout != "" {
		d, perr := time.ParseDuration(c.Timeout)
		require.NoError(t, perr)
		timeout = d
	}
	ctx, cancel := context.WithTimeout(t.Context(), timeout)
	defer cancel()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic: %v", r)
		}
	}()
	switch c.Op {
	case "", "run":
		_, err = migrate.Run(ctx, cfg)
	case "validate":
		m, nerr := migrate.New(cfg)
		if nerr != nil {
			return nerr
		}
		err = m.Validate(ctx)
	default:
		t.Fatalf("unknown op %q", c.Op)
	}
	return err
}

// badConfig builds the case's Config.
func badConfig(t *testing.T, env *badEnv, c badCase, root string) (migrate.Config, error) {
	cfg := migrate.Config{DatabaseURL: env.url, StatusTablePrefix: c.Prefix, Schema: c.Schema, Placeholders: c.Placeholders,
		Mixed: c.Mixed, InstalledBy: c.InstalledBy, ConnectTimeout: 5 * time.Second, LockTimeout: 10 * time.Second}
	if c.StatusTimeout != "" {
		d, err := time.ParseDuration(c.StatusTimeout)
		if err != nil {
			t.Fatalf("case.json statusTimeout: %v", err)
		}
		cfg.StatusTimeout = d
	}
	if c.Ignore != nil {
		cfg.IgnoreMigrationPatterns = *c.Ignore
	}
	if c.LegacyRefuse {
		cfg.LegacyTables = migrate.LegacyRefuse
	}
	if c.Connect == "pool-and-url" {
		pool, err := pgxpool.New(t.Context(), env.url)
		if err != nil {
			return cfg, err
		}
		t.Cleanup(pool.Close)
		cfg.Pool = pool
	}
	for _, bm := range c.Modules {
		m := migrate.Module{Name: bm.Name, Target: bm.Target, StatusTable: bm.StatusTable, DependsOn: bm.DependsOn, Placeholders: bm.Placeholders}
		if bm.Scripts != "" {
			m.Scripts = os.DirFS(filepath.Join(root, bm.Scripts))
		}
		for _, l := range bm.Locations {
			m.Locations = append(m.Locations, migrate.Location{Name: l.Name, FS: os.DirFS(filepath.Join(root, l.Dir))})
		}
		for _, s := range bm.Steps {
			st, err := badGoStep(s)
			if err != nil {
				return cfg, err
			}
			m.Steps = append(m.Steps, st)
		}
		cfg.Modules = append(cfg.Modules, m)
	}
	return cfg, nil
}

// badGoStep builds a Go step of a case.
func badGoStep(s badStep) (migrate.Step, error) {
	st := migrate.Step{Version: s.Version, Description: s.Description}
	switch s.Kind {
	case "sql":
		st.Up = func(ctx context.Context, tx pgx.Tx) error { _, err := tx.Exec(ctx, s.SQL); return err }
	case "error":
		st.Up = func(ctx context.Context, tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, s.SQL); err != nil {
				return err
			}
			return errors.New("customer 42 has no address")
		}
	case "panic":
		st.Up = func(ctx context.Context, tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, s.SQL); err != nil {
				return err
			}
			panic("index out of range [3] with length 3")
		}
	case "commit":
		st.Up = func(ctx context.Context, tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, s.SQL); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, "COMMIT"); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, "CREATE TABLE after_commit (id int)")
			return err
		}
	case "commit-conn":
		st.Up = func(ctx context.Context, tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, s.SQL); err != nil {
				return err
			}
			if _, err := tx.Conn().Exec(ctx, "COMMIT"); err != nil {
				return err
			}
			_, err := tx.Conn().Exec(ctx, "CREATE TABLE after_commit (id int)")
			return err
		}
	case "no-up":
	default:
		return st, fmt.Errorf("unknown step kind %q", s.Kind)
	}
	return st, nil
}

// badErrors are the errors want.err may name, with errors.Is.
var badErrors = map[string]error{
	"ErrInvalidConfig": migrate.ErrInvalidConfig, "ErrInvalidName": migrate.ErrInvalidName,
	"ErrDuplicateVersion": migrate.ErrDuplicateVersion, "ErrChecksumMismatch": migrate.ErrChecksumMismatch,
	"ErrFailedMigration": migrate.ErrFailedMigration, "ErrOutOfOrder": migrate.ErrOutOfOrder,
	"ErrMissingMigration": migrate.ErrMissingMigration, "ErrTypeMismatch": migrate.ErrTypeMismatch,
	"ErrDescriptionMismatch": migrate.ErrDescriptionMismatch, "ErrFutureMigration": migrate.ErrFutureMigration,
	"ErrPendingMigration": migrate.ErrPendingMigration, "ErrNonEmptySchema": migrate.ErrNonEmptySchema,
	"ErrTargetNotFound": migrate.ErrTargetNotFound, "ErrBaselineExists": migrate.ErrBaselineExists,
	"ErrUndoWithoutMigration": migrate.ErrUndoWithoutMigration, "ErrNoUndo": migrate.ErrNoUndo,
	"ErrLegacyTable": migrate.ErrLegacyTable, "ErrUnknownPlaceholder": migrate.ErrUnknownPlaceholder,
	"ErrTransactionEnded": migrate.ErrTransactionEnded, "ErrMixedScript": migrate.ErrMixedScript,
	"ErrDependency": migrate.ErrDependency, "ErrScriptMismatch": migrate.ErrScriptMismatch,
	"ErrConnectionLost": migrate.ErrConnectionLost, "ErrLockTimeout": migrate.ErrLockTimeout,
	"ErrStatusTableBusy": migrate.ErrStatusTableBusy, "ErrMigrationBlocked": migrate.ErrMigrationBlocked,
	"ErrInterruptedMigration": migrate.ErrInterruptedMigration, "ErrMetaCommand": migrate.ErrMetaCommand,
	"context.DeadlineExceeded": context.DeadlineExceeded, "context.Canceled": context.Canceled,
}

// badMatches lists what err matches, as want.err writes it: sentinels,
// then the error types.
func badMatches(err error) []string {
	var out []string
	for name, target := range badErrors {
		if errors.Is(err, target) {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	var (
		me *migrate.MigrationError
		pe *pgconn.PgError
		ce *pgconn.ConnectError
	)
	if errors.As(err, &me) {
		out = append(out, "*migrate.MigrationError")
	}
	if errors.As(err, &pe) {
		out = append(out, "*pgconn.PgError "+pe.Code)
	}
	if errors.As(err, &ce) {
		out = append(out, "*pgconn.ConnectError")
	}
	return out
}

// checkBadError compares the error with want.err (each line must match)
// and want.txt (each line must appear in the normalized %+v text, which
// has as many lines); with -update-bad it rewrites both.
func checkBadError(t *testing.T, dir, text string, err error) {
	t.Helper()
	matches := badMatches(err)
	if *updateBad {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "want.txt"), []byte(text+"\n"), 0o644))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "want.err"), []byte(strings.Join(matches, "\n")+"\n"), 0o644))
		return
	}
	want, rerr := os.ReadFile(filepath.Join(dir, "want.err"))
	require.NoError(t, rerr, "run with -update-bad to write want.err")
	for _, line := range badLines(string(want)) {
		require.Contains(t, matches, line, "want.err: the error does not match %s; it matches %v: %s", line, matches, text)
	}
	require.NotEmpty(t, badLines(string(want)), "want.err names at least one error")
	txt, rerr := os.ReadFile(filepath.Join(dir, "want.txt"))
	require.NoError(t, rerr, "run with -update-bad to write want.txt")
	wantLines := badLines(string(txt))
	for _, line := range wantLines {
		require.Contains(t, text, line, "want.txt")
	}
	require.Len(t, badLines(text), len(wantLines), "want.txt has a line for each line of the error: %s", text)
}

// badLines returns the non-blank lines of s, trailing spaces kept off.
func badLines(s string) []string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if line = strings.TrimRight(line, " \r"); strings.TrimSpace(line) != "" {
			out = append(out, line)
		}
	}
	return out
}

// prepareBadCase makes the status tables (unless the case is fresh) and
// runs setup.sql, both as the case's role.
func prepareBadCase(t *testing.T, env *badEnv, c badCase, dir string) {
	t.Helper()
	var sql strings.Builder
	if !c.Fresh {
		schema := "public"
		if c.Schema != "" {
			schema = c.Schema
			sql.WriteString("CREATE SCHEMA IF NOT EXISTS " + pgx.Identifier{schema}.Sanitize() + ";\n")
		}
		made := map[string]bool{}
		for _, m := range c.Modules {
			if table := badStatusTable(c, m); !made[table] {
				made[table] = true
				sql.WriteString(flywayTableDDL(schema, table) + ";\n")
			}
		}
	}
	setup, err := os.ReadFile(filepath.Join(dir, "setup.sql"))
	if err == nil {
		sql.WriteString(expandChecksums(t, dir, string(setup)))
	} else if !errors.Is(err, fs.ErrNotExist) {
		require.NoError(t, err)
	}
	if sql.Len() > 0 {
		require.NoError(t, execSQL(t.Context(), env.owner, sql.String()), "setup")
	}
}

// badStatusTable is a module's status table name.
func badStatusTable(c badCase, m badModule) string {
	prefix := c.Prefix
	if prefix == "" {
		prefix = migrate.DefaultStatusTablePrefix
	}
	switch {
	case m.StatusTable != "":
		return m.StatusTable
	case m.Name == "core":
		return prefix
	}
	return prefix + "_" + m.Name
}

// expandChecksums replaces ${checksum:<path>} in setup.sql with the Flyway
// checksum of the case's file at path.
func expandChecksums(t *testing.T, dir, sql string) string {
	t.Helper()
	const open = "${checksum:"
	for {
		i := strings.Index(sql, open)
		if i < 0 {
			return sql
		}
		j := strings.Index(sql[i:], "}")
		require.Positive(t, j, "unterminated %s", open)
		p := sql[i+len(open) : i+j]
		f, err := os.Open(filepath.Join(dir, p))
		require.NoError(t, err)
		sum, err := migrate.Checksum(f)
		f.Close()
		require.NoError(t, err)
		sql = sql[:i] + fmt.Sprint(sum) + sql[i+j+1:]
	}
}

// execSQL runs sql (several statements) on a new connection to url.
func execSQL(ctx context.Context, url, sql string) error {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	_, err = conn.PgConn().Exec(ctx, sql).ReadAll()
	return err
}

// sortedCopy returns a sorted copy of s, never nil.
func sortedCopy(s []string) []string {
	out := append([]string{}, s...)
	slices.Sort(out)
	return out
}
