package migrate

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/runwaydb/migrate/internal/dirfs"
)

// source is a module resolved by New: its settings checked and its
// scripts and steps read, everything that needs no database. It is
// read-only afterwards, so runs may share it.
type source struct {
	Module
	table      string   // status table name, without schema
	baseline   *Version // Module.Baseline, written when Run creates the table
	versioned  []*migration
	post       []*migration // post-deploy (P scripts, Step.Post): the post source's versioned
	repeatable []*migration
	callbacks  map[Event][]*migration
	hooks      map[Event][]Hook
	known      func(name string) bool // placeholder names that have a value
	noReplace  bool                   // Config.NoPlaceholders
	isPost     bool                   // the post-deploy set of a module (see postSource)
}

// migration is a resolved migration: an SQL file or a Go step, versioned
// or repeatable, or an undo script or a callback.
type migration struct {
	version     Version // zero for repeatables and callbacks
	description string
	name        string        // the script column: path relative to its location, or the step's Script
	location    string        // the Location's name, for messages; "" for Scripts and steps
	typ         MigrationType // TypeSQL, TypeJDBC, TypeUndoSQL or TypeUndoJDBC
	script      *script       // SQL only
	step        *Step         // Go only
	down        bool          // Go only: run step.Down instead of step.Up
	undo        *migration    // versioned: its undo script or Down step, if any
}

// repeatable reports whether m is a repeatable migration (R__).
func (m *migration) repeatable() bool { return m.version.IsZero() }

// builtinPlaceholders are the names Runway always gives a value.
func builtinPlaceholders() []string {
	return []string{"flyway:defaultschema", "flyway:user", "flyway:database", "flyway:timestamp", "flyway:filename", "flyway:table"}
}

// resolveModule checks a module's settings and reads its scripts and
// steps, reporting every problem at once.
func resolveModule(cfg *Config, m Module) (*source, error) {
	src, err := newSource(cfg, m)
	var errs []error
	if err != nil {
		errs = append(errs, err)
	}
	errs = append(errs, src.resolve(cfg)...)
	return src, joinErrors(errs)
}

// newSource checks the module's settings. It copies what the Module
// shares with the caller, so that changing the Config after New changes
// nothing.
func newSource(cfg *Config, m Module) (*source, error) {
	m.Steps, m.Locations, m.DependsOn = slices.Clone(m.Steps), slices.Clone(m.Locations), slices.Clone(m.DependsOn)
	m.Placeholders = maps.Clone(m.Placeholders)
	src := &source{Module: m, table: m.statusTableName(cfg.StatusTablePrefix), callbacks: map[Event][]*migration{},
		hooks: map[Event][]Hook{}, noReplace: cfg.NoPlaceholders}
	var errs []error
	if len(src.table)+len("_s_idx") > 63 {
		errs = append(errs, configErr("status table name %q is too long: PostgreSQL names are limited to 63 bytes and the index %s_s_idx must fit", src.table, src.table))
	}
	if m.Baseline != "" {
		v, err := ParseVersion(m.Baseline)
		if err != nil {
			errs = append(errs, configErr("baseline: %v", err))
		}
		src.baseline = &v
	}
	if _, err := ParseVersion(cmp.Or(m.BaselineVersion, defaultBaselineVersion)); err != nil {
		errs = append(errs, configErr("baseline version: %v", err))
	}
	if err := checkTarget(m.Target); err != nil {
		errs = append(errs, err)
	}
	for _, loc := range m.Locations {
		if loc.FS == nil {
			errs = append(errs, configErr("location %q has no file system", loc.Name))
		}
	}
	known := map[string]bool{}
	for _, name := range builtinPlaceholders() {
		known[name] = true
	}
	for _, ph := range []map[string]string{cfg.Placeholders, m.Placeholders} {
		for k := range ph {
			known[strings.ToLower(k)] = true
		}
	}
	src.known = func(name string) bool { return known[strings.ToLower(name)] }
	for _, ev := range allEvents() {
		src.hooks[ev] = hooksFor(cfg.Hooks, m.Name, ev)
	}
	for i, err := range errs {
		errs[i] = &MigrationError{Module: m.Name, Err: err}
	}
	return src, joinErrors(errs)
}

// resolve reads the module's scripts and steps and orders them.
func (src *source) resolve(cfg *Config) []error {
	var (
		undos []*migration
		errs  []error
	)
	fail := func(name string, err error) {
		errs = append(errs, &MigrationError{Module: src.Name, Script: name, Err: err})
	}
	locations := src.Locations
	if src.Scripts != nil {
		locations = append([]Location{{FS: src.Scripts}}, locations...)
	}
	for _, loc := range locations {
		if loc.FS == nil {
			continue // reported by newSource
		}
		u, err := src.readScripts(cfg, loc, fail)
		undos = append(undos, u...)
		var pe *fs.PathError
		switch {
		case errors.As(err, &pe) && pe.Path == "." && errors.Is(err, fs.ErrNotExist):
			errs = append(errs, &MigrationError{Module: src.Name, Err: configErr("%s: no such directory", locationName(loc))})
		case err != nil:
			errs = append(errs, &MigrationError{Module: src.Name, Err: fmt.Errorf("reading scripts%s: %w", where(loc.Name), err)})
		}
	}
	for i := range src.Steps {
		s := &src.Steps[i]
		name := cmp.Or(s.Script, defaultStepScript(s))
		v, err := checkVersion(s.Version)
		if err != nil {
			fail(name, fmt.Errorf("%w: step: %w", ErrInvalidName, err))
			continue
		}
		switch {
		case s.Up == nil && s.Run == nil:
			fail(name, configErr("step %s has no Up function", s.Version))
			continue
		case s.Up != nil && s.Run != nil:
			fail(name, configErr("step %s has both Up and Run: set one", s.Version))
			continue
		case s.Run != nil && !s.Post:
			fail(name, configErr("step %s has Run, which runs outside a transaction: that is for post-deploy steps (set Post)", s.Version))
			continue
		}
		mig := &migration{version: v, description: s.Description, name: name, typ: TypeJDBC, step: s}
		if s.Post {
			src.post = append(src.post, mig)
			continue // a post-deploy step has no undo
		}
		src.versioned = append(src.versioned, mig)
		if s.Down != nil {
			undos = append(undos, &migration{version: v, description: s.Description, name: name, typ: TypeUndoJDBC, step: s, down: true})
		}
	}
	checkDuplicates(src.versioned, fail)
	checkDuplicates(src.post, fail)
	checkDuplicates(undos, fail)
	slices.SortStableFunc(src.repeatable, func(a, b *migration) int { return strings.Compare(a.description, b.description) })
	for i := 1; i < len(src.repeatable); i++ {
		if a, b := src.repeatable[i-1], src.repeatable[i]; a.description == b.description {
			fail(b.name+where(b.location), fmt.Errorf("%w: repeatable description %q is also used by %s%s", ErrDuplicateVersion, b.description, a.name, where(a.location)))
		}
	}
	for _, u := range undos {
		i, found := slices.BinarySearchFunc(src.versioned, u, byVersion)
		if !found {
			fail(u.name, fmt.Errorf("%w: undo for version %s, which has no migration", ErrUndoWithoutMigration, u.version))
			continue
		}
		src.versioned[i].undo = u
	}
	if len(errs) == 0 && len(src.versioned) == 0 && len(src.repeatable) == 0 && len(src.post) == 0 {
		errs = append(errs, &MigrationError{Module: src.Name, Err: configErr("module has no migrations")})
	}
	return errs
}

func byVersion(a, b *migration) int { return a.version.Compare(b.version) }

// locationName names a location in messages about the location itself.
func locationName(loc Location) string {
	if loc.Name == "" {
		return "Module.Scripts"
	}
	return "location " + strconv.Quote(loc.Name)
}

// where names a location in messages.
func where(location string) string {
	if location == "" {
		return ""
	}
	return " in " + location
}

// checkDuplicates sorts migs by version and reports equal versions.
func checkDuplicates(migs []*migration, fail func(string, error)) {
	slices.SortStableFunc(migs, byVersion)
	for i, first := 1, 0; i < len(migs); i++ {
		if a, b := migs[first], migs[i]; a.version.Equal(b.version) {
			fail(b.name+where(b.location), fmt.Errorf("%w: version %s is also used by %s%s", ErrDuplicateVersion, b.version, a.name, where(a.location)))
		} else {
			first = i
		}
	}
}

// scriptFile is an SQL file found in a module's Scripts.
type scriptFile struct {
	path string
	name scriptName
}

// listScripts walks a location once (tree, when not nil, lists an
// os.DirFS's directory): the SQL files with their parsed names and the
// <script>.sql.conf files present. A badly named .sql
// file fails, or with Config.SkipInvalidNames is skipped with a warning.
func (src *source) listScripts(cfg *Config, loc Location, tree *dirfs.Tree, fail func(string, error)) ([]scriptFile, map[string]bool, error) {
	var (
		files []scriptFile
		confs = map[string]bool{}
	)
	file := func(p string) {
		if strings.HasSuffix(p, ".conf") {
			confs[p] = true
			return
		}
		n, ok, err := parseScriptName(path.Base(p))
		switch {
		case err != nil && cfg.SkipInvalidNames:
			cfg.Logger.Warn("skipping a .sql file that is not named like a migration", slog.String("module", src.Name),
				slog.String("script", p+where(loc.Name)), slog.Any("error", err))
		case err != nil:
			fail(p+where(loc.Name), err)
		case ok:
			files = append(files, scriptFile{path: p, name: n})
		}
	}
	if tree != nil {
		if entries, err := tree.Walk(); err == nil {
			files = make([]scriptFile, 0, len(entries))
			for _, e := range entries {
				if !e.IsDir {
					file(e.Path)
				}
			}
			return files, confs, nil
		}
		// The fs.FS walks again and says what failed, as it would have.
	}
	err := fs.WalkDir(loc.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			file(p)
		}
		return err
	})
	return files, confs, err
}

// fileError is why a file could not be read.
type fileError struct {
	name string // the script's path, or its .sql.conf's
	err  error
}

// readAll reads files (and their .sql.conf when confs lists one) into
// scripts, a few at a time: from a disk, the system calls of a thousand
// small files are most of a boot's own work, and they overlap. It returns
// each file's error, nil when read.
func readAll(fsys fs.FS, tree *dirfs.Tree, files []scriptFile, confs map[string]bool, scripts []script) []*fileError {
	errs := make([]*fileError, len(files))
	var (
		next atomic.Int64
		wg   sync.WaitGroup
	)
	for range min(len(files), readers) {
		wg.Go(func() {
			var scratch []byte
			for i := int(next.Add(1) - 1); i < len(files); i = int(next.Add(1) - 1) {
				errs[i] = readOne(fsys, tree, files[i].path, confs, &scripts[i], &scratch)
			}
		})
	}
	wg.Wait()
	return errs
}

// readers is how many files readAll reads at a time. Two overlap one
// file's read with another's open; more add little, since the kernel
// serializes a process's opens and closes on its file table, and at Run's
// boot they would take the CPU that the early connection and the server
// need (on 2 cores, 4 readers made a boot from disk about 10 % slower than
// 2 or 1).
const readers = 2

// readOne reads one script and its .sql.conf.
func readOne(fsys fs.FS, tree *dirfs.Tree, p string, confs map[string]bool, s *script, scratch *[]byte) *fileError {
	var conf scriptConf
	if confs[p+".conf"] {
		c, err := readScriptConf(fsys, p+".conf")
		if err != nil {
			return &fileError{name: p + ".conf", err: err}
		}
		conf = c
	}
	if err := s.read(fsys, tree, p, conf, scratch); err != nil {
		return &fileError{name: p, err: err}
	}
	return nil
}

// readScripts reads every SQL file of Scripts once and files the
// migrations by kind; it returns the undo scripts. A <script>.sql.conf is
// read only when the listing shows one.
func (src *source) readScripts(cfg *Config, loc Location, fail func(string, error)) ([]*migration, error) {
	tree, ok := dirfs.Open(loc.FS)
	if ok {
		defer tree.Close()
	}
	files, confs, err := src.listScripts(cfg, loc, tree, fail)
	var (
		undos   []*migration
		migs    = make([]migration, len(files)) // one allocation for all
		scripts = make([]script, len(files))
	)
	errs := readAll(loc.FS, tree, files, confs, scripts)
	for i, f := range files {
		if e := errs[i]; e != nil {
			fail(e.name+where(loc.Name), e.err)
			continue
		}
		s := &scripts[i]
		mig := &migs[i]
		*mig = migration{description: f.name.description, name: f.path, location: loc.Name, typ: TypeSQL, script: s}
		switch f.name.prefix {
		case 0:
			ev := Event(f.name.event)
			if !ev.sqlCallback() {
				fail(f.path, fmt.Errorf("%w: callback event %s is not supported (supported: %s)", ErrInvalidName, f.name.event, sqlCallbackEvents()))
				continue
			}
			src.callbacks[ev] = append(src.callbacks[ev], mig)
		case 'R':
			src.repeatable = append(src.repeatable, mig)
		case 'V', 'P', 'U':
			mig.version = f.name.parsed
			switch f.name.prefix {
			case 'U':
				mig.typ = TypeUndoSQL
				undos = append(undos, mig)
			case 'P':
				src.post = append(src.post, mig)
			default:
				src.versioned = append(src.versioned, mig)
			}
		}
	}
	return undos, err
}

// placeholdersKnown returns the function that says which placeholder
// names mig's script may use; nil when replacement is off for it.
func (src *source) placeholdersKnown(mig *migration) func(string) bool {
	if src.replaceOff(mig) {
		return nil
	}
	return src.known
}

// replaceOff reports whether placeholder replacement is off for mig's
// script.
func (src *source) replaceOff(mig *migration) bool {
	return src.noReplace || mig.script.conf.noPlaceholders
}

// parse parses an SQL migration's script once.
func (src *source) parse(mig *migration) (*parsedScript, error) {
	return mig.script.parse(src.placeholdersKnown(mig))
}

// hasPerRunCallbacks reports whether the module has beforeMigrate or
// afterMigrate callbacks, which run on every Run and so need the lock.
func (src *source) hasPerRunCallbacks() bool {
	for _, ev := range []Event{BeforeMigrate, AfterMigrate} {
		if len(src.callbacks[ev]) > 0 || len(src.hooks[ev]) > 0 {
			return true
		}
	}
	return false
}
