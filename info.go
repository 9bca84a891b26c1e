package migrate

import (
	"cmp"
	"context"
	"fmt"
	"slices"
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

// Categories of migrations in [MigrationInfo].
const (
	CategoryVersioned  = "Versioned"
	CategoryRepeatable = "Repeatable"
	CategoryBaseline   = "Baseline"
	CategoryUndo       = "Undo"
	CategorySchema     = "Schema"
)

// MigrationInfo describes one migration of a module: resolved (a file or
// step), applied (a status row), or both.
type MigrationInfo struct {
	Category      string // Versioned, Repeatable, Baseline, Undo or Schema
	Version       string // "" for repeatables
	Description   string
	Type          string // SQL, JDBC, BASELINE, UNDO_SQL, …
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
		rows = append(rows, []string{m.Category, m.Version, m.Description, m.Type, on, string(m.State)})
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
	fmt.Fprintf(&b, "Module %s (%s): version %s\n", s.Module, s.StatusTable, cmp.Or(s.Version, "<< Empty Schema >>"))
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

// entry is one line of a module's info, with what it came from.
type entry struct {
	info       MigrationInfo
	res        *migration  // resolved migration, if any
	row        *appliedRow // applied row, if any
	version    Version     // zero for repeatables
	outOfOrder bool
}

// moduleInfo is a module's resolved migrations merged with its status rows.
type moduleInfo struct {
	entries     []*entry
	baseline    Version // from the BASELINE row, or the baseline to be written
	current     Version // highest applied version, or the baseline
	target      Version // zero: no target
	unknownType []string
}

// infoOptions are the settings that change states.
type infoOptions struct {
	target     string  // Module.Target
	outOfOrder bool    // Config.OutOfOrder
	baseline   Version // baseline the module would get when its table is created
}

// buildInfo merges resolved migrations with status rows (in rank order) and
// gives every entry its state, as Flyway's info service does.
func buildInfo(r *resolvedModule, rows []appliedRow, opt infoOptions) (*moduleInfo, error) {
	mi := &moduleInfo{baseline: opt.baseline}
	active := map[string]*entry{}     // versioned rows in force, by version key
	latestRep := map[string]*entry{}  // latest run of each repeatable, by description
	var lastApplied, maxSoFar Version // for ignored and out-of-order
	for i := range rows {
		row := &rows[i]
		e := &entry{row: row, info: MigrationInfo{
			Description: row.description, Type: row.typ, Script: row.script, Checksum: row.checksum,
			InstalledRank: row.rank, InstalledOn: row.installedOn, InstalledBy: row.installedBy,
			ExecutionTime: time.Duration(row.executionTime) * time.Millisecond,
		}}
		if row.version != nil {
			v, err := ParseVersion(*row.version)
			if err != nil {
				return nil, fmt.Errorf("status table row %d: %w", row.rank, err)
			}
			e.version, e.info.Version = v, v.String()
		}
		key := e.version.key()
		switch {
		case row.typ == typeDelete:
			if row.version != nil {
				if prev := active[key]; prev != nil && row.success {
					prev.info.State = StateDeleted
					delete(active, key)
					maxSoFar = maxActive(active)
				}
			} else if prev := latestRep[row.description]; prev != nil && row.success {
				prev.info.State = StateDeleted
				delete(latestRep, row.description)
			}
			continue // DELETE rows only mark others
		case row.typ == typeSchema:
			e.info.Category, e.info.State = CategorySchema, StateSuccess
		case isBaselineType(row.typ):
			e.info.Category, e.info.State = CategoryBaseline, StateBaseline
			mi.baseline = e.version
			lastApplied = maxVersion(lastApplied, e.version)
		case row.typ == typeUndoSQL || row.typ == typeUndoJDBC:
			e.info.Category, e.info.State = CategoryUndo, StateSuccess
			if !row.success {
				e.info.State = StateFailed
			} else if prev := active[key]; prev != nil {
				prev.info.State = StateUndone
				delete(active, key)
				maxSoFar = maxActive(active)
			}
		case row.version == nil:
			e.info.Category = CategoryRepeatable
			latestRep[row.description] = e
		default:
			if !isVersionedType(row.typ) {
				mi.unknownType = append(mi.unknownType, fmt.Sprintf("row %d has type %q", row.rank, row.typ))
			}
			e.info.Category = CategoryVersioned
			active[key] = e
			if e.version.Compare(maxSoFar) < 0 && row.success {
				e.outOfOrder = true
			}
			maxSoFar = maxVersion(maxSoFar, e.version)
		}
		mi.entries = append(mi.entries, e)
	}
	lastApplied = maxVersion(lastApplied, maxActive(active))

	// Pair resolved migrations with the rows in force.
	var lastResolved Version
	var unapplied []*entry
	for _, m := range r.versioned {
		lastResolved = maxVersion(lastResolved, m.version)
		if e := active[m.version.key()]; e != nil {
			e.res = m
			continue
		}
		unapplied = append(unapplied, &entry{res: m, version: m.version, info: m.info(CategoryVersioned)})
	}
	var repeatables []*entry
	for _, m := range r.repeatable {
		e := latestRep[m.description]
		if e != nil {
			e.res = m
		}
		if e == nil || e.row.success && !m.checksumMatches(e.row.checksum) {
			repeatables = append(repeatables, &entry{res: m, info: m.info(CategoryRepeatable)})
		}
	}

	target, err := resolveTarget(opt.target, r, targetContext{
		current: lastApplied, baseline: mi.baseline, outOfOrder: opt.outOfOrder, active: active, rows: rows})
	if err != nil {
		return nil, err
	}
	mi.target = target

	// States of applied entries.
	for _, e := range mi.entries {
		if e.info.State != "" {
			continue // baseline, schema, undo, undone, deleted
		}
		switch {
		case e.info.Category == CategoryRepeatable:
			switch {
			case latestRep[e.info.Description] != e:
				e.info.State = StateSuperseded
			case e.res == nil:
				e.info.State = pick(e.row.success, StateMissing, StateMissingFailed)
			case !e.row.success:
				e.info.State = StateFailed
			case e.res.checksumMatches(e.row.checksum):
				e.info.State = StateSuccess
			default:
				e.info.State = StateOutdated
			}
		case e.res == nil:
			if e.version.Compare(lastResolved) < 0 {
				e.info.State = pick(e.row.success, StateMissing, StateMissingFailed)
			} else {
				e.info.State = pick(e.row.success, StateFuture, StateFutureFailed)
			}
		case !e.row.success:
			e.info.State = StateFailed
		case e.outOfOrder:
			e.info.State = StateOutOfOrder
		default:
			e.info.State = StateSuccess
		}
		if e.info.Category == CategoryVersioned { // failed ones count, as in Flyway
			mi.current = maxVersion(mi.current, e.version)
		}
	}
	mi.current = maxVersion(mi.current, mi.baseline)

	// States of unapplied entries.
	var below []*entry
	for _, e := range unapplied {
		v := e.version
		switch {
		case !mi.baseline.IsZero() && v.Compare(mi.baseline) < 0:
			e.info.State = StateBelowBaseline
		case !mi.baseline.IsZero() && v.Equal(mi.baseline):
			e.info.State = StateIgnoredBaseline
		case !target.IsZero() && v.Compare(target) > 0:
			e.info.State = StateAboveTarget
		case v.Compare(lastApplied) < 0 && !opt.outOfOrder:
			e.info.State = StateIgnored
		default:
			e.info.State = StatePending
		}
		if e.info.State == StateBelowBaseline || e.info.State == StateIgnoredBaseline {
			below = append(below, e)
		}
	}
	for _, e := range repeatables {
		e.info.State = StatePending
	}
	unapplied = slices.DeleteFunc(unapplied, func(e *entry) bool { return slices.Contains(below, e) })
	mi.entries = slices.Concat(below, mi.entries, unapplied, repeatables)
	return mi, nil
}

// pending returns the entries to apply, in order: versioned by version,
// then repeatables by description.
func (mi *moduleInfo) pending() []*entry {
	var out []*entry
	for _, e := range mi.entries {
		if e.info.State == StatePending {
			out = append(out, e)
		}
	}
	return out
}

// status returns the public form of mi.
func (mi *moduleInfo) status(module string, t statusTable, exists bool) ModuleStatus {
	s := ModuleStatus{Module: module, StatusTable: t.ident(), Exists: exists, Version: mi.current.String()}
	for _, e := range mi.entries {
		s.Migrations = append(s.Migrations, e.info)
	}
	return s
}

// info describes a resolved migration that has not run.
func (m *migration) info(category string) MigrationInfo {
	return MigrationInfo{Category: category, Version: m.version.String(), Description: m.description,
		Type: m.typ, Script: m.script, Checksum: m.checksum}
}

// checksumMatches reports whether a stored checksum matches m: nil on
// either side matches; a repeatable also matches its raw checksum.
func (m *migration) checksumMatches(stored *int32) bool {
	if stored == nil || m.checksum == nil || *stored == *m.checksum {
		return true
	}
	return m.rawChecksum != nil && *stored == *m.rawChecksum
}

// targetContext is what resolveTarget needs to know of the module.
type targetContext struct {
	current, baseline Version
	outOfOrder        bool
	active            map[string]*entry // versioned rows in force
	rows              []appliedRow      // all rows
}

// resolveTarget turns Module.Target into a version; zero means no target.
func resolveTarget(target string, r *resolvedModule, tc targetContext) (Version, error) {
	switch strings.ToLower(target) {
	case "", "latest":
		return Version{}, nil
	case "current":
		if tc.current.IsZero() {
			return ParseVersion("0")
		}
		return tc.current, nil
	case "next":
		// The first migration that would be pending.
		for _, m := range r.versioned {
			above := m.version.Compare(tc.current) > 0 || tc.outOfOrder
			if tc.active[m.version.key()] == nil && above && m.version.Compare(tc.baseline) > 0 {
				return m.version, nil
			}
		}
		return tc.current, nil
	}
	text, lenient := strings.CutSuffix(target, "?")
	v, err := ParseVersion(text)
	if err != nil {
		return Version{}, configErr("target %q: %v", target, err)
	}
	if lenient {
		return v, nil
	}
	if !tc.baseline.IsZero() && tc.baseline.Equal(v) {
		return v, nil
	}
	for _, row := range tc.rows { // any applied version, baseline, undone and deleted included
		if row.version != nil {
			if rv, err := ParseVersion(*row.version); err == nil && rv.Equal(v) {
				return v, nil
			}
		}
	}
	for _, m := range r.versioned {
		if m.version.Equal(v) {
			return v, nil
		}
	}
	return Version{}, fmt.Errorf("%w: no migration has version %s (write %s? to allow that)", ErrTargetNotFound, v, v)
}

// maxActive returns the highest version of the rows in force.
func maxActive(active map[string]*entry) Version {
	var v Version
	for _, e := range active {
		v = maxVersion(v, e.version)
	}
	return v
}

func maxVersion(a, b Version) Version {
	if a.Compare(b) >= 0 {
		return a
	}
	return b
}

func pick[T any](cond bool, a, b T) T {
	if cond {
		return a
	}
	return b
}

// Info reports every module's migrations and their states, as Flyway's
// info command does. It takes no lock and changes nothing.
func Info(ctx context.Context, cfg Config) ([]ModuleStatus, error) {
	var out []ModuleStatus
	err := eachModule(ctx, cfg, func(ctx context.Context, m *moduleRun) error {
		st, err := m.readInfo(ctx)
		if err != nil {
			return err
		}
		out = append(out, st.mi.status(m.Name, m.status, st.exists))
		return nil
	})
	return out, err
}

// isVersionedType reports whether rows of type typ record an applied
// versioned migration.
func isVersionedType(typ string) bool {
	switch typ {
	case typeSQL, typeJDBC, "SPRING_JDBC", "JDBC_STATE_SCRIPT", "SQL_BASELINE", "JDBC_BASELINE", "CUSTOM", "SCRIPT":
		return true
	}
	return false
}

// isBaselineType reports whether rows of type typ are baseline markers
// (Flyway 3 and older wrote INIT).
func isBaselineType(typ string) bool { return typ == typeBaseline || typ == "INIT" }
