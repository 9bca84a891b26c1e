package migrate

import (
	"fmt"
	"slices"
	"time"
)

// entry is one line of a module's info, with what it came from.
type entry struct {
	info       MigrationInfo
	res        *migration  // resolved migration, if any
	row        *appliedRow // applied row, if any
	version    Version     // zero for repeatables
	outOfOrder bool
}

// moduleInfo is a module's resolved migrations merged with its status
// rows: the plan's input and the source of Info, Validate, Repair and Undo.
type moduleInfo struct {
	entries     []*entry
	baseline    Version // from the BASELINE row, or the baseline to be written
	current     Version // highest applied version, or the baseline
	target      Version // zero: no target
	unknownType []string
	heldBack    []*entry // outdated repeatables not re-run: a newer version is applied
	nextRank    int      // max(installed_rank) + 1 of a read under the lock (see lockedRank); 0: unknown
}

// mergeInput is what a merge needs besides the status rows.
type mergeInput struct {
	src        *source
	target     string                  // Module.Target
	outOfOrder bool                    // Config.OutOfOrder
	baseline   Version                 // baseline the module would get when its table is created
	checksum   func(*migration) *int32 // a resolved migration's checksum as recorded
}

// merger holds the passes of a merge.
type merger struct {
	in          mergeInput
	mi          *moduleInfo
	rows        []appliedRow
	active      map[string]*entry // versioned rows in force, by version key
	latestRep   map[string]*entry // latest run of each repeatable, by description
	lastApplied Version           // highest version in force or baselined
	maxSoFar    Version           // highest version in force so far, in rank order
	unapplied   []*entry          // versioned migrations without a row in force
	repeatables []*entry          // repeatables to run
}

// merge merges resolved migrations with status rows (in rank order) and
// gives every entry its state, as Flyway's info service does. It is pure:
// the same inputs always give the same info.
func merge(in mergeInput, rows []appliedRow) (*moduleInfo, error) {
	m := &merger{in: in, mi: &moduleInfo{baseline: in.baseline, entries: make([]*entry, 0, len(rows))}, rows: rows,
		active: make(map[string]*entry, len(rows)), latestRep: map[string]*entry{}}
	if err := m.readRows(); err != nil {
		return nil, err
	}
	lastResolved := m.pairResolved()
	target, err := resolveTarget(in.target, in.src, targetContext{
		current: m.lastApplied, baseline: m.mi.baseline, outOfOrder: in.outOfOrder, active: m.active, rows: rows})
	if err != nil {
		return nil, err
	}
	m.mi.target = target
	m.stateApplied(lastResolved)
	m.stateUnapplied()
	return m.mi, nil
}

// readRows turns every row into an entry, in rank order, applying DELETE
// and undo rows to the rows they mark.
func (m *merger) readRows() error {
	entries := make([]entry, len(m.rows)) // one allocation for all
	for i := range m.rows {
		row := &m.rows[i]
		e := &entries[i]
		*e = entry{row: row, info: MigrationInfo{
			Description: row.description, Type: row.typ, Script: row.script, Checksum: row.checksum,
			InstalledRank: row.rank, InstalledOn: row.installedOn, InstalledBy: row.installedBy,
			ExecutionTime: time.Duration(row.executionTime) * time.Millisecond,
		}}
		if row.version != nil {
			v, err := ParseVersion(*row.version)
			if err != nil {
				return fmt.Errorf("status table row %d: %w", row.rank, err)
			}
			e.version, e.info.Version = v, v.String()
		}
		if m.readRow(e) {
			m.mi.entries = append(m.mi.entries, e)
		}
	}
	m.lastApplied = maxVersion(m.lastApplied, maxActive(m.active))
	return nil
}

// readRow files one row's entry; it reports whether the entry is listed
// (DELETE rows only mark others).
func (m *merger) readRow(e *entry) bool {
	row, key := e.row, e.version.key()
	switch {
	case row.typ == TypeDelete:
		if row.version != nil {
			if prev := m.active[key]; prev != nil && row.success {
				prev.info.State = StateDeleted
				delete(m.active, key)
				m.maxSoFar = maxActive(m.active)
			}
		} else if prev := m.latestRep[row.description]; prev != nil && row.success {
			prev.info.State = StateDeleted
			delete(m.latestRep, row.description)
		}
		return false
	case row.typ == TypeSchema:
		e.info.Category, e.info.State = CategorySchema, StateSuccess
	case isBaselineType(row.typ):
		e.info.Category, e.info.State = CategoryBaseline, StateBaseline
		m.mi.baseline = e.version
		m.lastApplied = maxVersion(m.lastApplied, e.version)
	case row.typ == TypeUndoSQL || row.typ == TypeUndoJDBC:
		e.info.Category, e.info.State = CategoryUndo, StateSuccess
		if !row.success {
			e.info.State = StateFailed
		} else if prev := m.active[key]; prev != nil {
			prev.info.State = StateUndone
			delete(m.active, key)
			m.maxSoFar = maxActive(m.active)
		}
	case row.version == nil:
		e.info.Category = CategoryRepeatable
		m.latestRep[row.description] = e
	default:
		if !isVersionedType(row.typ) {
			m.mi.unknownType = append(m.mi.unknownType, fmt.Sprintf("row %d has type %q", row.rank, row.typ))
		}
		e.info.Category = CategoryVersioned
		m.active[key] = e
		if e.version.Compare(m.maxSoFar) < 0 && row.success {
			e.outOfOrder = true
		}
		m.maxSoFar = maxVersion(m.maxSoFar, e.version)
	}
	return true
}

// pairResolved pairs resolved migrations with the rows in force and
// collects those that have not run; it returns the highest resolved
// version.
func (m *merger) pairResolved() (lastResolved Version) {
	for _, mig := range m.in.src.versioned {
		lastResolved = maxVersion(lastResolved, mig.version)
		if e := m.active[mig.version.key()]; e != nil {
			e.res = mig
			continue
		}
		m.unapplied = append(m.unapplied, &entry{res: mig, version: mig.version, info: m.resolvedInfo(mig, CategoryVersioned)})
	}
	for _, mig := range m.in.src.repeatable {
		e := m.latestRep[mig.description]
		if e != nil {
			e.res = mig
		}
		if e == nil || e.row.success && !m.checksumMatches(mig, e.row.checksum) {
			m.repeatables = append(m.repeatables, &entry{res: mig, info: m.resolvedInfo(mig, CategoryRepeatable)})
		}
	}
	return lastResolved
}

// stateApplied gives applied entries their states and finds the current
// version.
func (m *merger) stateApplied(lastResolved Version) {
	mi := m.mi
	for _, e := range mi.entries {
		if e.info.State == "" {
			e.info.State = m.appliedState(e, lastResolved)
		}
		if e.info.Category == CategoryVersioned && e.info.State != StateDeleted && e.info.State != StateUndone {
			mi.current = maxVersion(mi.current, e.version) // failed ones count, as in Flyway
		}
	}
	mi.current = maxVersion(mi.current, mi.baseline)
}

// appliedState is the state of an applied entry.
func (m *merger) appliedState(e *entry, lastResolved Version) State {
	switch {
	case e.info.Category == CategoryRepeatable:
		switch {
		case m.latestRep[e.info.Description] != e:
			return StateSuperseded
		case e.res == nil:
			return pick(e.row.success, StateMissing, StateMissingFailed)
		case !e.row.success:
			return StateFailed
		case m.checksumMatches(e.res, e.row.checksum):
			return StateSuccess
		}
		return StateOutdated
	case e.res == nil:
		if e.version.Compare(lastResolved) < 0 {
			return pick(e.row.success, StateMissing, StateMissingFailed)
		}
		return pick(e.row.success, StateFuture, StateFutureFailed)
	case !e.row.success:
		return StateFailed
	case e.outOfOrder:
		return StateOutOfOrder
	}
	return StateSuccess
}

// stateUnapplied gives the migrations that have not run their states and
// puts the entries in Flyway's order: below the baseline, applied,
// versioned to run, repeatables to run.
func (m *merger) stateUnapplied() {
	mi := m.mi
	var below, versioned []*entry
	for _, e := range m.unapplied {
		v := e.version
		switch {
		case !mi.baseline.IsZero() && v.Compare(mi.baseline) < 0:
			e.info.State = StateBelowBaseline
		case !mi.baseline.IsZero() && v.Equal(mi.baseline):
			e.info.State = StateIgnoredBaseline
		case !mi.target.IsZero() && v.Compare(mi.target) > 0:
			e.info.State = StateAboveTarget
		case v.Compare(m.lastApplied) < 0 && !m.in.outOfOrder:
			e.info.State = StateIgnored
		default:
			e.info.State = StatePending
		}
		if e.info.State == StateBelowBaseline || e.info.State == StateIgnoredBaseline {
			below = append(below, e)
		} else {
			versioned = append(versioned, e)
		}
	}
	// A newer binary applied versions this one does not know (a rolling
	// upgrade): its repeatables are newer too, so an outdated one here is
	// an older text that must not replace theirs.
	future := slices.ContainsFunc(mi.entries, func(e *entry) bool {
		return e.info.State == StateFuture || e.info.State == StateFutureFailed
	})
	var repeatables []*entry
	for _, e := range m.repeatables {
		e.info.State = StatePending
		if future && m.latestRep[e.res.description] != nil {
			mi.heldBack = append(mi.heldBack, e)
			continue
		}
		repeatables = append(repeatables, e)
	}
	mi.entries = slices.Concat(below, mi.entries, versioned, repeatables)
}

// resolvedInfo describes a resolved migration that has not run.
func (m *merger) resolvedInfo(mig *migration, category Category) MigrationInfo {
	return MigrationInfo{Category: category, Version: mig.version.String(), Description: mig.description,
		Type: mig.typ, Script: mig.name, Checksum: m.in.checksum(mig)}
}

// checksumMatches reports whether a stored checksum matches mig: nil on
// either side matches; a repeatable also matches its raw checksum.
func (m *merger) checksumMatches(mig *migration, stored *int32) bool {
	return checksumMatches(mig, m.in.checksum(mig), stored)
}

// checksumMatches reports whether stored matches mig, whose recorded
// checksum is sum.
func checksumMatches(mig *migration, sum, stored *int32) bool {
	if stored == nil || sum == nil || *stored == *sum {
		return true
	}
	return mig.repeatable() && mig.script != nil && *stored == mig.script.checksum
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

// isVersionedType reports whether rows of type typ record an applied
// versioned migration.
func isVersionedType(typ MigrationType) bool {
	switch typ {
	case TypeSQL, TypeJDBC, "SPRING_JDBC", "JDBC_STATE_SCRIPT", "SQL_BASELINE", "JDBC_BASELINE", "CUSTOM", "SCRIPT":
		return true
	}
	return false
}

// isBaselineType reports whether rows of type typ are baseline markers
// (Flyway 3 and older wrote INIT).
func isBaselineType(typ MigrationType) bool { return typ == TypeBaseline || typ == "INIT" }
