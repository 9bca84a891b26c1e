package migrate

import (
	"cmp"
	"fmt"
	"strings"
)

// DefaultIgnoreMigrationPatterns is Flyway's default: versions applied by a
// newer deployment (above every local migration) are not an error.
const DefaultIgnoreMigrationPatterns = "*:future"

// ignoreSet holds parsed ignore patterns: "type:state" with type one of
// versioned, repeatable, * and state one of missing, pending, ignored,
// future, *.
type ignoreSet map[string]bool

func parseIgnorePatterns(patterns []string) (ignoreSet, error) {
	if patterns == nil {
		patterns = []string{DefaultIgnoreMigrationPatterns}
	}
	set := ignoreSet{}
	for _, p := range patterns {
		for p := range strings.SplitSeq(p, ",") {
			p = strings.ToLower(strings.TrimSpace(p))
			if p == "" {
				continue
			}
			typ, state, ok := strings.Cut(p, ":")
			validType := typ == "*" || typ == "versioned" || typ == "repeatable"
			validState := state == "*" || state == "missing" || state == "pending" || state == "ignored" || state == "future"
			if !ok || !validType || !validState {
				return nil, configErr("ignore pattern %q: expected <versioned|repeatable|*>:<missing|pending|ignored|future|*>", p)
			}
			set[p] = true
		}
	}
	return set, nil
}

// ignores reports whether a migration of category in state is ignored.
func (s ignoreSet) ignores(category Category, state string) bool {
	typ := strings.ToLower(string(category))
	return s[typ+":"+state] || s[typ+":*"] || s["*:"+state] || s["*:*"]
}

// validation configures validateInfo.
type validation struct {
	ignore    ignoreSet
	pendingOK bool // inside Run, pending migrations are what is to be done
}

// validateInfo checks a module's merged info as Flyway's validate does and
// reports every problem at once, each naming module, version, script and
// both values.
func validateInfo(module string, mi *moduleInfo, v validation, checksum func(*migration) *int32) error {
	var errs []error
	fail := func(e *entry, err error) {
		script := e.info.Script
		if e.res != nil {
			script = e.res.name
		}
		errs = append(errs, &MigrationError{Module: module, Version: e.info.Version, Script: script, Err: err})
	}
	for _, e := range mi.entries {
		st := e.info.State
		cat := e.info.Category
		switch {
		case st == StateAboveTarget, st == StateUndone, st == StateDeleted:
			continue
		case st.failed():
			if st == StateFutureFailed && v.ignore.ignores(cat, "future") {
				continue
			}
			fail(e, fmt.Errorf("%w: version %s (%s) failed at %s; repair the status table before migrating",
				ErrFailedMigration, cmp.Or(e.info.Version, "<repeatable>"), e.info.Description, e.info.InstalledOn.Format("2006-01-02 15:04:05")))
			continue
		case st == StateMissing && cat == CategoryVersioned:
			if !v.ignore.ignores(cat, "missing") {
				fail(e, fmt.Errorf("%w: version %s (%s) is recorded as applied but no script or step has it",
					ErrMissingMigration, e.info.Version, e.info.Script))
			}
			continue
		case st == StateFuture:
			if !v.ignore.ignores(cat, "future") {
				fail(e, fmt.Errorf("%w: version %s (%s)", ErrFutureMigration, e.info.Version, e.info.Script))
			}
			continue
		case st == StateIgnored:
			if !v.ignore.ignores(cat, "ignored") {
				fail(e, fmt.Errorf("%w: version %s has not run but the module is already at %s (set Config.OutOfOrder to run it)",
					ErrOutOfOrder, e.info.Version, mi.current))
			}
			continue
		case st == StatePending || st == StateOutdated:
			if !v.pendingOK && !v.ignore.ignores(cat, "pending") {
				fail(e, fmt.Errorf("%w: %s", ErrPendingMigration, describe(e)))
			}
			if st == StatePending {
				continue
			}
		}
		if e.res == nil || e.row == nil || st == StateSuperseded || st == StateOutdated {
			continue
		}
		if cat == CategoryVersioned && !mi.baseline.IsZero() && e.version.Compare(mi.baseline) <= 0 {
			continue
		}
		if normalizeType(e.row.typ) != e.res.typ {
			fail(e, fmt.Errorf("%w for %s: applied to database: %s, resolved locally: %s", ErrTypeMismatch, describe(e), e.row.typ, e.res.typ))
		}
		if sum := checksum(e.res); cat == CategoryVersioned && !checksumMatches(e.res, sum, e.row.checksum) && !e.res.legacyChecksumMatches(*e.row.checksum) {
			fail(e, fmt.Errorf("%w for %s: applied to database: %d, resolved locally: %d", ErrChecksumMismatch, describe(e), *e.row.checksum, *sum))
		}
		if want := truncate(e.res.name, 1000); e.res.step != nil && !e.res.down && want != e.row.script {
			fail(e, fmt.Errorf("%w for %s: applied to database: %q, resolved locally: %q (set Step.Script to the recorded name; JavaStep does for Java classes)",
				ErrScriptMismatch, describe(e), e.row.script, want))
		}
		if want := truncate(e.res.description, 200); want != e.row.description {
			fail(e, fmt.Errorf("%w for %s: applied to database: %q, resolved locally: %q", ErrDescriptionMismatch, describe(e), e.row.description, want))
		}
	}
	return joinErrors(errs)
}

// describe names an entry in messages: "version 1.2" or the repeatable's script.
func describe(e *entry) string {
	if e.info.Version != "" {
		return "version " + e.info.Version
	}
	return "repeatable " + e.info.Script
}

// normalizeType maps legacy type names to current ones.
func normalizeType(typ MigrationType) MigrationType {
	if typ == "SPRING_JDBC" {
		return TypeJDBC
	}
	return typ
}
