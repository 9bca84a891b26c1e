package migrate

import (
	"fmt"
	"strings"
)

// targetContext is what resolveTarget needs to know of the module.
type targetContext struct {
	current, baseline Version
	outOfOrder        bool
	active            map[string]*entry // versioned rows in force
	rows              []appliedRow      // all rows
}

// checkTarget checks Module.Target's syntax: "", latest, current, next, a
// version, or a version followed by "?".
func checkTarget(target string) error {
	switch strings.ToLower(target) {
	case "", "latest", "current", "next":
		return nil
	}
	if _, err := ParseVersion(strings.TrimSuffix(target, "?")); err != nil {
		return configErr("target %q: expected latest, current, next or a version: %v", target, err)
	}
	return nil
}

// resolveTarget turns Module.Target into a version; zero means no target.
func resolveTarget(target string, r *source, tc targetContext) (Version, error) {
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
