package migrate

import (
	"fmt"
	"slices"
	"strings"
)

// dependency is one entry of Module.DependsOn.
type dependency struct {
	module string
	min    Version // zero: any version
}

func (d dependency) String() string {
	if d.min.IsZero() {
		return d.module
	}
	return d.module + ">=" + d.min.String()
}

// parseDependency parses "core" or "core>=2.0.4".
func parseDependency(s string) (dependency, error) {
	name, min, hasMin := strings.Cut(s, ">=")
	d := dependency{module: strings.TrimSpace(name)}
	if !validModuleName(d.module) {
		return d, configErr("dependency %q: expected a module name, optionally followed by >=<version>", s)
	}
	if hasMin {
		v, err := ParseVersion(strings.TrimSpace(min))
		if err != nil {
			return d, configErr("dependency %q: %v", s, err)
		}
		d.min = v
	}
	return d, nil
}

// orderModules returns the modules in run order: core first, then an
// order in which every module comes after those it depends on, keeping the
// listed order wherever the dependencies leave it free. Unknown modules
// and cycles are errors.
func orderModules(mods []Module) ([]Module, map[string][]dependency, error) {
	mods = slices.Clone(mods)
	slices.SortStableFunc(mods, func(a, b Module) int { return cmpBool(b.Name == coreModule, a.Name == coreModule) })
	deps := map[string][]dependency{}
	known := map[string]bool{}
	for _, m := range mods {
		known[m.Name] = true
	}
	var errs []error
	for _, m := range mods {
		for _, s := range m.DependsOn {
			d, err := parseDependency(s)
			switch {
			case err != nil:
				errs = append(errs, &MigrationError{Module: m.Name, Err: err})
			case !known[d.module]:
				errs = append(errs, &MigrationError{Module: m.Name, Err: configErr("depends on %q, which is not configured", d.module)})
			default:
				deps[m.Name] = append(deps[m.Name], d)
			}
		}
	}
	if len(errs) > 0 {
		return nil, nil, joinErrors(errs)
	}
	ordered := make([]Module, 0, len(mods))
	done := map[string]bool{}
	placed := make([]bool, len(mods)) // by index: a module listed twice is New's to report
	for len(ordered) < len(mods) {
		i := -1
		for j, m := range mods {
			if !placed[j] && !slices.ContainsFunc(deps[m.Name], func(d dependency) bool { return !done[d.module] }) {
				i = j
				break
			}
		}
		if i < 0 {
			return nil, nil, configErr("module dependencies form a cycle: %s", cycle(mods, deps, done))
		}
		placed[i], done[mods[i].Name] = true, true
		ordered = append(ordered, mods[i])
	}
	return ordered, deps, nil
}

// cycle describes the modules left when no module is free.
func cycle(mods []Module, deps map[string][]dependency, done map[string]bool) string {
	var parts []string
	for _, m := range mods {
		if done[m.Name] {
			continue
		}
		var on []string
		for _, d := range deps[m.Name] {
			if !done[d.module] {
				on = append(on, d.module)
			}
		}
		parts = append(parts, fmt.Sprintf("%s depends on %s", m.Name, strings.Join(on, ", ")))
	}
	return strings.Join(parts, "; ")
}

// checkDependencies checks, before src runs, that the modules it depends
// on ran and are at their minimum versions. done holds this run's results.
func checkDependencies(deps []dependency, done map[string]*ModuleResult) error {
	var errs []error
	for _, d := range deps {
		r := done[d.module]
		switch {
		case r == nil:
			errs = append(errs, fmt.Errorf("%w: depends on %s, which did not run", ErrDependency, d))
		case r.Err != nil:
			errs = append(errs, fmt.Errorf("%w: depends on %s, which failed", ErrDependency, d))
		case d.min.IsZero():
		case r.Version == "":
			errs = append(errs, fmt.Errorf("%w: depends on %s, which has no version", ErrDependency, d))
		default:
			v, err := ParseVersion(r.Version)
			if err == nil && v.Compare(d.min) < 0 {
				errs = append(errs, fmt.Errorf("%w: depends on %s, which is at %s", ErrDependency, d, v))
			}
		}
	}
	return joinErrors(errs)
}
