package migrate

import (
	"fmt"
)

// plan is what a module's status table and its resolved migrations say must
// happen.
type plan struct {
	pending []*migration // to apply, in version order
	current Version      // highest applied version (or the baseline); zero if none
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

// makePlan compares the status table with the module's migrations and
// returns the pending ones. It reports every problem at once: failed rows,
// checksum mismatches, applied versions with no migration, and pending
// migrations older than the applied version.
func makePlan(module string, migs []*migration, rows []appliedRow) (plan, error) {
	var (
		p        plan
		baseline Version
		errs     []error
		applied  = map[string]bool{}
	)
	fail := func(version, script string, err error) {
		errs = append(errs, &MigrationError{Module: module, Version: version, Script: script, Err: err})
	}
	byVersion := make(map[string]*migration, len(migs))
	var highest Version
	for _, m := range migs {
		byVersion[m.version.key()] = m
		highest = m.version
	}
	for _, r := range rows {
		if r.version == nil {
			continue // repeatable or schema-creation row
		}
		v, err := ParseVersion(*r.version)
		if err != nil {
			fail(*r.version, r.script, fmt.Errorf("status table row %d: %w", r.rank, err))
			continue
		}
		if !r.success {
			fail(v.String(), r.script, fmt.Errorf("%w: version %s (%s) failed at %s; repair the status table before migrating",
				ErrFailedMigration, v, r.description, r.installedOn.Format("2006-01-02 15:04:05")))
			continue
		}
		switch {
		case isBaselineType(r.typ):
			baseline = v
		case isVersionedType(r.typ):
			applied[v.key()] = true
			if m, ok := byVersion[v.key()]; ok {
				if m.checksum != nil && r.checksum != nil && *m.checksum != *r.checksum {
					fail(v.String(), m.script, fmt.Errorf("%w for version %s: applied to database: %d, resolved locally: %d",
						ErrChecksumMismatch, v, *r.checksum, *m.checksum))
				}
			} else if v.Compare(highest) <= 0 && v.Compare(baseline) > 0 {
				fail(v.String(), r.script, fmt.Errorf("%w: version %s (%s) is recorded as applied but no script or step has it",
					ErrMissingMigration, v, r.script))
			}
		default:
			continue // other row types (DELETE, UNDO_SQL, …) do not change the version here
		}
		if v.Compare(p.current) > 0 {
			p.current = v
		}
	}
	for _, m := range migs {
		switch {
		case applied[m.version.key()]:
		case !baseline.IsZero() && m.version.Compare(baseline) <= 0:
			// at or below the baseline: never runs
		case m.version.Compare(p.current) < 0:
			fail(m.version.String(), m.script, fmt.Errorf("%w: version %s has not run but the module is already at %s",
				ErrOutOfOrder, m.version, p.current))
		default:
			p.pending = append(p.pending, m)
		}
	}
	return p, joinErrors(errs)
}
