package migrate

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"strings"
)

// LintMode says whether [Run] and [Migrator.Migrate] lint the migrations
// they are about to apply (see Linting in the package documentation).
type LintMode int

const (
	// LintOff lints nothing.
	LintOff LintMode = iota
	// LintWarn logs each finding at Warn level and migrates.
	LintWarn
	// LintError fails with [ErrLint], listing the findings, before any
	// module is migrated.
	LintError
)

// String returns "off", "warn" or "error", the values of the runway.lint
// property.
func (lm LintMode) String() string {
	switch lm {
	case LintOff:
		return "off"
	case LintWarn:
		return "warn"
	case LintError:
		return "error"
	}
	return fmt.Sprintf("LintMode(%d)", int(lm))
}

// lintPending lints, per Config.Lint, the migrations of sources that the
// first read of the status tables shows pending, on a database that
// already holds the module's rows, before any module is migrated, on
// the server's version. A module that cannot be read or merged, or a
// script that cannot be split, is skipped here: migrating it reports
// the problem.
func (m *Migrator) lintPending(ctx context.Context, conns *connector, sources []*source) error {
	if m.cfg.Lint == LintOff || conns.failed != nil { // a failed connection: migrating reports it
		return nil
	}
	var findings []LintFinding
	for _, src := range sources {
		err := m.with(ctx, conns, src, m.tablesOf(src), func(ctx context.Context, r *runner) error {
			// A database whose module has no status rows yet serves no
			// traffic to stall: its first migrations are not linted.
			main := src.table
			if src.isPost {
				main = strings.TrimSuffix(main, postSuffix)
			}
			if len(r.sess.history[main].rows) == 0 {
				return nil
			}
			mi, err := r.merge(r.sess.history[src.table])
			if err != nil {
				return nil
			}
			var migs []*migration
			for _, e := range mi.pending() {
				if e.res != nil {
					migs = append(migs, e.res)
				}
			}
			f, _ := m.lintMigrations(src, migs, cmp.Or(r.sess.serverMajor, DefaultLintServerMajor))
			findings = append(findings, f...)
			return nil
		})
		if err != nil {
			break // connecting failed: migrating reports it
		}
	}
	if len(findings) == 0 {
		return nil
	}
	if m.cfg.Lint == LintError {
		lines := make([]string, len(findings))
		for i, f := range findings {
			lines[i] = f.String()
		}
		return fmt.Errorf("%w: %d finding(s), nothing applied (exempt a statement with -- runway:allow <rule>):\n%s",
			ErrLint, len(findings), strings.Join(lines, "\n"))
	}
	for _, f := range findings {
		m.cfg.Logger.LogAttrs(ctx, slog.LevelWarn, "migration lint: this statement may stall or break the database in use",
			slog.String("module", f.Module), slog.String("script", f.Script), slog.Int("line", f.Line), slog.Int("column", f.Column),
			slog.String("rule", f.Rule), slog.String("reason", f.Reason), slog.String("fix", f.Fix))
	}
	return nil
}

// lintMode reads runway.lint.
func (l *loader) lintMode() LintMode {
	s, ok := l.text("runway.lint")
	if !ok {
		return LintOff
	}
	for _, lm := range []LintMode{LintOff, LintWarn, LintError} {
		if strings.EqualFold(s.value, lm.String()) {
			return lm
		}
	}
	l.bad(s, "expected off, warn or error")
	return LintOff
}
