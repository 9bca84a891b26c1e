package migrate

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

// DefaultLintServerMajor is the PostgreSQL major version [Migrator.Lint]
// assumes when LintOptions.ServerMajor is 0.
const DefaultLintServerMajor = 15

// LintOptions configures [Migrator.Lint].
type LintOptions struct {
	// ServerMajor is the major version of the PostgreSQL the migrations
	// will run on (10, 11, …, 17): some rules depend on it (before 11,
	// ADD COLUMN with any default rewrites the table; before 12, REINDEX
	// has no CONCURRENTLY and SET NOT NULL cannot use a CHECK constraint).
	// Default (0): [DefaultLintServerMajor], 15.
	ServerMajor int

	// StartAfter maps a module name to a version: the module's versioned
	// migrations at or below it are not linted, as they are already
	// applied everywhere and can no longer change. Repeatable migrations
	// are always linted. Default: none, every migration is linted.
	StartAfter map[string]string
}

// LintFinding is one statement that [Migrator.Lint] finds unsafe on a
// live database.
type LintFinding struct {
	Module string // module name
	Script string // script path relative to the module root
	Line   int    // 1-based line in Script
	Column int    // 1-based column (in characters)
	Rule   string // rule name, such as "index-concurrently" (see Linting in the package documentation)
	Reason string // what goes wrong, in one line
	Fix    string // the safe alternative
}

// String formats the finding as
// "core: V3__idx.sql:4:1: index-concurrently: <reason>; <fix>".
func (f LintFinding) String() string {
	return fmt.Sprintf("%s: %s:%d:%d: %s: %s; %s", f.Module, f.Script, f.Line, f.Column, f.Rule, f.Reason, f.Fix)
}

// Lint checks the SQL migrations of every module, versioned and
// repeatable, for statements that lock or break a database in use (see
// Linting in the package documentation), without a database. Go steps,
// undo scripts and callbacks are not linted. A statement is exempt from a
// rule with a "-- runway:allow <rule>" comment before it or on its first
// line. The findings come module by module in run order, then script by
// script, in the order of the file. The error reports a bad option or a
// script that cannot be split; the findings of the other scripts are
// returned with it.
func (m *Migrator) Lint(opts LintOptions) ([]LintFinding, error) {
	major := cmp.Or(opts.ServerMajor, DefaultLintServerMajor)
	after, err := m.lintStarts(opts.StartAfter)
	if err != nil {
		return nil, err
	}
	var (
		out  []LintFinding
		errs []error
	)
	for _, src := range m.withPosts() {
		var migs []*migration
		for _, mig := range src.versioned {
			if v, ok := after[src.Name]; !ok || mig.version.Compare(v) > 0 {
				migs = append(migs, mig)
			}
		}
		f, err := m.lintMigrations(src, append(migs, src.repeatable...), major)
		out = append(out, f...)
		errs = append(errs, err)
	}
	return out, joinErrors(errs)
}

// lintStarts parses LintOptions.StartAfter.
func (m *Migrator) lintStarts(in map[string]string) (map[string]Version, error) {
	out := map[string]Version{}
	var errs []error
	for name, s := range in {
		if !slices.ContainsFunc(m.sources, func(src *source) bool { return src.Name == name }) {
			errs = append(errs, configErr("lint: start after %s: no module named %q", s, name))
			continue
		}
		v, err := ParseVersion(s)
		if err != nil {
			errs = append(errs, configErr("lint: start after %q for module %s: %v", s, name, err))
			continue
		}
		out[name] = v
	}
	return out, joinErrors(errs)
}

// lintMigrations lints the SQL migrations of migs, all of src, for a
// server of the given major version.
func (m *Migrator) lintMigrations(src *source, migs []*migration, major int) ([]LintFinding, error) {
	var (
		out  []LintFinding
		errs []error
	)
	for _, mig := range migs {
		if mig.script == nil {
			continue // a Go step
		}
		hits, err := lintScript(src, mig, m.cfg.Mixed, major)
		if err != nil {
			errs = append(errs, migrationError(src.Name, mig, err))
			continue
		}
		for _, h := range hits {
			if src.isPost && contractRule(h.rule) {
				continue // where drops and renames belong
			}
			out = append(out, LintFinding{Module: src.Name, Script: mig.name, Line: h.line, Column: h.col,
				Rule: h.rule, Reason: h.reason, Fix: h.fix})
		}
	}
	return out, joinErrors(errs)
}

// contractRule reports whether rule flags a contract change (a drop or a
// rename), which post-deploy migrations are for.
func contractRule(rule string) bool {
	switch rule {
	case ruleRenameColumn, ruleRenameTable, ruleDropColumn, ruleDropTable:
		return true
	}
	return false
}

// lintScript lints one SQL migration.
func lintScript(src *source, mig *migration, mixed bool, major int) ([]lintHit, error) {
	p, err := src.parse(mig)
	if err != nil {
		return nil, err
	}
	l := newScriptLinter(major, mixed || mig.script.conf.noTransaction)
	if p.stmts != nil {
		for i := range p.stmts {
			l.statement(p.stmts[i].Statement)
		}
		return l.finish(), nil
	}
	r, err := mig.script.open() // too large to keep: read it again
	if err != nil {
		return nil, err
	}
	defer r.Close()
	sc := sqlscript.NewScanner(r)
	for sc.Next() {
		if st := sc.Statement(); st.Kind != sqlscript.Meta {
			l.statement(st)
		}
	}
	return l.finish(), sc.Err()
}

// lintHit is a finding within a script.
type lintHit struct {
	stmt      int // index of the statement in the script
	line, col int
	rule      string
	reason    string
	fix       string
}

// scriptLinter lints the statements of one script in order.
type scriptLinter struct {
	major     int
	noTxOK    bool            // a CONCURRENTLY statement may share the script with others (Config.Mixed, executeInTransaction=false)
	tables    map[string]bool // tables created by the script so far, by name without schema
	indexes   map[string]bool // indexes created by the script so far
	n         int             // index of the current statement
	prevLine  int             // first line of the previous statement
	beginLine int             // line of the BEGIN whose transaction is open; 0: none
	plain     bool            // the script has a statement that can run in a transaction
	mixedConc []lintHit       // CONCURRENTLY statements outside BEGIN, a finding if the script is mixed
	hits      []lintHit
	allow     map[int][]string // rules exempted, by statement index
}

func newScriptLinter(major int, noTxOK bool) *scriptLinter {
	return &scriptLinter{major: major, noTxOK: noTxOK, tables: map[string]bool{}, indexes: map[string]bool{}, allow: map[int][]string{}}
}

// finish returns the findings that no comment exempts, in file order.
func (l *scriptLinter) finish() []lintHit {
	if l.plain && !l.noTxOK {
		l.hits = append(l.hits, l.mixedConc...)
	}
	out := slices.DeleteFunc(l.hits, func(h lintHit) bool { return slices.Contains(l.allow[h.stmt], h.rule) })
	slices.SortStableFunc(out, func(a, b lintHit) int { return cmp.Or(cmp.Compare(a.line, b.line), cmp.Compare(a.col, b.col)) })
	return out
}

// lintStmt is one statement being linted: its tokens without comments,
// and where they are.
type lintStmt struct {
	st   sqlscript.Statement
	toks []sqlscript.Token // offsets relative to st.Text[st.Start:]
}

// statement lints the next statement of the script.
func (l *scriptLinter) statement(st sqlscript.Statement) {
	l.n++
	l.leadingComments(st)
	switch st.Kind {
	case sqlscript.Begin:
		l.beginLine = st.Line
	case sqlscript.Commit, sqlscript.Rollback:
		l.beginLine = 0
	case sqlscript.Plain:
		l.plain = true
	}
	body := st.Text[st.Start:]
	if !lintedStatement(body) {
		return
	}
	s := &lintStmt{st: st}
	for _, t := range sqlscript.Tokens(body) {
		if t.Kind != sqlscript.Comment {
			s.toks = append(s.toks, t)
		} else if line, _ := s.pos(t.Offset); line == st.Line {
			l.allowFrom(l.n, t.Text)
		}
	}
	l.check(s)
}

// lintedStatement reports whether a statement starting with body may break
// a rule: one that starts with a word some rule looks at.
func lintedStatement(body string) bool {
	end := 0
	for end < len(body) && (body[end]|0x20 >= 'a' && body[end]|0x20 <= 'z') {
		end++
	}
	switch strings.ToLower(body[:end]) {
	case "create", "alter", "drop", "reindex", "vacuum", "cluster":
		return true
	}
	return false
}

// leadingComments reads the runway:allow comments before st's first
// token: one on the line where the previous statement starts (after its
// ';') exempts that statement, others exempt st.
func (l *scriptLinter) leadingComments(st sqlscript.Statement) {
	lead := st.Text[:st.Start]
	if !strings.Contains(lead, allowMarker) {
		l.prevLine = st.Line
		return
	}
	for _, t := range sqlscript.Tokens(lead) {
		if t.Kind != sqlscript.Comment {
			continue
		}
		line := st.Line - strings.Count(lead[t.Offset:], "\n")
		if line == l.prevLine {
			l.allowFrom(l.n-1, t.Text)
		} else {
			l.allowFrom(l.n, t.Text)
		}
	}
	l.prevLine = st.Line
}

// allowMarker starts an exemption comment.
const allowMarker = "runway:allow"

// allowFrom records the rules a comment exempts statement n from.
func (l *scriptLinter) allowFrom(n int, comment string) {
	_, rest, ok := strings.Cut(comment, allowMarker)
	if !ok {
		return
	}
	rest = strings.TrimSuffix(rest, "*/")
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		l.allow[n] = append(l.allow[n], strings.ToLower(f))
	}
}

// pos returns the line and column of a byte offset in the statement's
// tokens' text.
func (s *lintStmt) pos(offset int) (line, col int) {
	before := s.st.Text[s.st.Start : s.st.Start+offset]
	nl := strings.LastIndexByte(before, '\n')
	if nl < 0 {
		return s.st.Line, s.st.Column + utf8.RuneCountInString(before)
	}
	return s.st.Line + strings.Count(before, "\n"), utf8.RuneCountInString(before[nl+1:]) + 1
}

// report records a finding of rule at token i of s.
func (l *scriptLinter) report(s *lintStmt, i int, rule, reason, fix string) {
	line, col := s.pos(s.toks[min(i, len(s.toks)-1)].Offset)
	l.hits = append(l.hits, lintHit{stmt: l.n, line: line, col: col, rule: rule, reason: reason, fix: fix})
}
