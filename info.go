package migrate

import (
	"fmt"
	"strings"
	"time"
)

// State is a migration's state, named as Flyway's info command names it.
type State string

// States of a migration.
const (
	StatePending         State = "Pending"            // resolved, will run
	StateAboveTarget     State = "Above Target"       // resolved, above the module's Target
	StateBelowBaseline   State = "Below Baseline"     // resolved, below the baseline: never runs
	StateIgnoredBaseline State = "Ignored (Baseline)" // resolved, at the baseline version: never runs
	StateBaseline        State = "Baseline"           // the baseline row
	StateIgnored         State = "Ignored"            // resolved, not run, older than the applied version
	StateMissing         State = "Missing"            // applied, no longer resolved
	StateMissingFailed   State = "Failed (Missing)"   // applied and failed, no longer resolved
	StateSuccess         State = "Success"            // applied
	StateUndone          State = "Undone"             // applied, then undone
	StateFailed          State = "Failed"             // applied and failed
	StateOutOfOrder      State = "Out of Order"       // applied after a higher version
	StateFuture          State = "Future"             // applied, above every resolved version
	StateFutureFailed    State = "Failed (Future)"    // applied and failed, above every resolved version
	StateOutdated        State = "Outdated"           // repeatable whose script changed since its last run
	StateSuperseded      State = "Superseded"         // repeatable run replaced by a later run
	StateDeleted         State = "Deleted"            // applied, then marked deleted by Repair
)

// failed reports whether s is one of the failed states.
func (s State) failed() bool {
	return s == StateFailed || s == StateMissingFailed || s == StateFutureFailed
}

// Category is the kind of a migration in [MigrationInfo].
type Category string

// Categories of migrations.
const (
	CategoryVersioned  Category = "Versioned"
	CategoryRepeatable Category = "Repeatable"
	CategoryBaseline   Category = "Baseline"
	CategoryUndo       Category = "Undo"
	CategorySchema     Category = "Schema"
)

// MigrationType is the status table's type column: how a migration was
// written, or what a marker row is.
type MigrationType string

// Migration types. Go steps are recorded as JDBC, Flyway's type for code
// migrations, so that Flyway can read the table.
const (
	TypeSQL      MigrationType = "SQL"
	TypeJDBC     MigrationType = "JDBC"
	TypeBaseline MigrationType = "BASELINE"
	TypeDelete   MigrationType = "DELETE"
	TypeUndoSQL  MigrationType = "UNDO_SQL"
	TypeUndoJDBC MigrationType = "UNDO_JDBC"
	TypeSchema   MigrationType = "SCHEMA"
)

// MigrationInfo describes one migration of a module: resolved (a file or
// step), applied (a status row), or both.
type MigrationInfo struct {
	Category      Category
	Version       string // as written, "_" read as "."; "" for repeatables
	Description   string
	Type          MigrationType // as stored for applied migrations
	Script        string
	Checksum      *int32
	InstalledRank int       // 0 if not applied
	InstalledOn   time.Time // zero if not applied
	InstalledBy   string
	ExecutionTime time.Duration
	State         State
}

// ModuleStatus is the state of one module: every migration, resolved or
// applied, in Flyway's order, and the current version.
type ModuleStatus struct {
	Module      string
	StatusTable string // quoted, schema-qualified
	Exists      bool   // whether the status table exists
	Version     string // current version; "" if none
	Migrations  []MigrationInfo
}

// Pending returns the migrations that would run.
func (s ModuleStatus) Pending() []MigrationInfo {
	var out []MigrationInfo
	for _, m := range s.Migrations {
		if m.State == StatePending {
			out = append(out, m)
		}
	}
	return out
}

// String prints the module as Flyway's info prints it: a table with
// category, version, description, type, installed on and state.
func (s ModuleStatus) String() string {
	header := []string{"Category", "Version", "Description", "Type", "Installed On", "State"}
	rows := [][]string{header}
	for _, m := range s.Migrations {
		on := ""
		if !m.InstalledOn.IsZero() {
			on = m.InstalledOn.Format("2006-01-02 15:04:05")
		}
		rows = append(rows, []string{string(m.Category), m.Version, m.Description, string(m.Type), on, string(m.State)})
	}
	widths := make([]int, len(header))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len([]rune(c)))
		}
	}
	var b strings.Builder
	line := func() {
		for _, w := range widths {
			b.WriteString("+" + strings.Repeat("-", w+2))
		}
		b.WriteString("+\n")
	}
	fmt.Fprintf(&b, "Module %s (%s): version %s\n", s.Module, s.StatusTable, displayVersion(s.Version))
	line()
	for i, r := range rows {
		for j, c := range r {
			b.WriteString("| " + c + strings.Repeat(" ", widths[j]-len([]rune(c))) + " ")
		}
		b.WriteString("|\n")
		if i == 0 {
			line()
		}
	}
	if len(rows) == 1 {
		b.WriteString("| No migrations found" + strings.Repeat(" ", max(0, sum(widths)+3*len(widths)-21)) + "|\n")
	}
	line()
	return b.String()
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// displayVersion is how a module's version reads for people: Flyway's
// words for none.
func displayVersion(v string) string {
	if v == "" {
		return "<< Empty Schema >>"
	}
	return v
}
