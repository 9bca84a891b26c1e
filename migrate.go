package migrate

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Run brings every configured module up to date, as a web server does at
// boot: it is [New] followed by [Migrator.Migrate]. Bad configuration and
// bad file names are reported before any migration runs. To spend the
// boot's network round trips while the scripts are read, Run opens its
// first connection and reads the status tables while New resolves the
// sources; if New fails, that connection is closed unused.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	e := startEarly(ctx, cfg)
	m, err := New(cfg)
	if err != nil {
		e.abandon()
		return &Result{}, err
	}
	return m.migrate(ctx, e.connector(m))
}

// Result reports what [Run] or [Migrator.Migrate] did, module by module in
// the order run.
type Result struct {
	Modules []ModuleResult
}

// ModuleResult reports what a run did to one module.
type ModuleResult struct {
	Module      string             // module name
	StatusTable string             // quoted, schema-qualified status table
	Applied     []AppliedMigration // migrations applied by this run, in order
	Version     string             // module's current version after the run; "" if none
	Duration    time.Duration      // wall time spent on the module
	Err         error              `json:"-"` // the module's failure, when Config.IgnoreMigrationFailures let the run go on
	// PendingPost lists the versions of the module's post-deploy
	// migrations that wait for [Migrator.MigratePost]; Run never applies
	// them.
	PendingPost []string `json:",omitempty"`
}

// AppliedMigration describes one migration applied (or, by
// [Migrator.Undo], undone).
type AppliedMigration struct {
	Version     string
	Description string
	Script      string        // script path relative to the module root, or a Go step's Script
	Type        MigrationType // TypeSQL for scripts, TypeJDBC for Go steps (Flyway's type for code migrations)
	Checksum    *int32        // Flyway checksum; nil for Go steps
	Duration    time.Duration // execution time
}

// Applied returns the number of migrations applied across all modules.
func (r *Result) Applied() int {
	n := 0
	for _, m := range r.Modules {
		n += len(m.Applied)
	}
	return n
}

// String formats the result for people: one line per module, then one
// indented line per migration applied.
func (r *Result) String() string {
	var b strings.Builder
	for _, m := range r.Modules {
		fmt.Fprintf(&b, "%s: version %s, %d applied in %s\n", m.Module, displayVersion(m.Version), len(m.Applied), m.Duration.Round(time.Millisecond))
		for _, a := range m.Applied {
			fmt.Fprintf(&b, "  %-10s %-4s %s (%s)\n", a.Version, a.Type, a.Script, a.Duration.Round(time.Millisecond))
		}
		if len(m.PendingPost) > 0 {
			fmt.Fprintf(&b, "  post-deploy pending: %s (migrate -post)\n", strings.Join(m.PendingPost, ", "))
		}
	}
	return b.String()
}
