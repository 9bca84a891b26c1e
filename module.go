package migrate

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/magiconair/properties"
)

// Module is one independently versioned part of the schema, with its own
// status table: Oskari's core, myplaces, analysis, userlayer or a custom one.
type Module struct {
	// Name identifies the module in logs, errors and the default status
	// table name. Letters, digits, "_" and "-" only. Required.
	Name string

	// Scripts holds the module's SQL migrations, searched recursively.
	// Files named V<version>__<description>.sql are versioned migrations;
	// other .sql files are an error (their name is likely a typo); files
	// with other suffixes are ignored. Use an embed.FS (with fs.Sub to drop
	// the directory prefix) or os.DirFS. Nil: the module has Go steps only.
	Scripts fs.FS

	// Steps are migrations written in Go. They share one version sequence
	// with Scripts. Default: none.
	Steps []Step

	// StatusTable is the module's status table. Default: Config's
	// StatusTablePrefix for the module named "core", and the prefix
	// followed by "_" and the module name for the others
	// (oskari_status_myplaces).
	StatusTable string

	// DatabaseURL, when set, is the module's own database (postgres:// URL
	// or key=value DSN). Default: the Config's database.
	DatabaseURL string

	// Baseline, when set, is the version written as a BASELINE row whenever
	// Run creates the status table. Migrations at or below it never run.
	// Oskari baselines core at "2.0.0" and the other modules at "0.1".
	// Default: no baseline row.
	Baseline string

	// BaselineOnMigrate baselines the module at BaselineVersion when its
	// status table is missing and its schema already holds objects but no
	// status table of any module (a database that was never migrated).
	// Without it, and without Baseline, such a module is refused with
	// [ErrNonEmptySchema]. Default: false, as in Flyway.
	BaselineOnMigrate bool

	// BaselineVersion is the version BaselineOnMigrate writes.
	// Default: "1", as in Flyway.
	BaselineVersion string

	// BaselineDescription is the description of baseline rows.
	// Default: "<< Flyway Baseline >>".
	BaselineDescription string

	// Target is the last version Run applies: a version ("2.1"; with a
	// trailing "?", such as "2.1?", it need not name an existing
	// migration), "latest" (everything), "current" (nothing beyond the
	// applied version) or "next" (one migration). Versions above it are
	// Above Target. Default: "latest".
	Target string

	// Placeholders are replaced in this module's scripts, over
	// Config.Placeholders. Default: none.
	Placeholders map[string]string
}

// Step is a migration written in Go, for data changes SQL cannot express.
type Step struct {
	// Version orders the step among the module's migrations ("1.0.2", or
	// "1_0_2" as in file names). Required.
	Version string

	// Description is recorded in the status table. Default: empty.
	Description string

	// Script is recorded in the status table's script column, where Flyway
	// records a Java class name. Default: V<version>__<description> with
	// "." and spaces turned into "_".
	Script string

	// Up applies the step inside the transaction that also records it.
	// The transaction is committed if Up returns nil. Required.
	Up func(ctx context.Context, tx pgx.Tx) error

	// Down reverts Up, for [Undo]. Default: nil, the step cannot be undone.
	Down func(ctx context.Context, tx pgx.Tx) error
}

// Migration types recorded in the status table's type column.
const (
	typeSQL      = "SQL"
	typeJDBC     = "JDBC" // Flyway's type for Java migrations; Runway's Go steps use it too
	typeBaseline = "BASELINE"
	typeDelete   = "DELETE"
	typeUndoSQL  = "UNDO_SQL"
	typeUndoJDBC = "UNDO_JDBC"
	typeSchema   = "SCHEMA"
)

// migration is a resolved migration: an SQL file or a Go step, versioned or
// repeatable, or an undo script or a callback.
type migration struct {
	version     Version // zero for repeatables and callbacks
	description string
	script      string // path relative to the module root, or the step's Script
	typ         string // typeSQL, typeJDBC, typeUndoSQL or typeUndoJDBC
	checksum    *int32 // SQL only; for repeatables, of the text after placeholder replacement
	rawChecksum *int32 // repeatables: of the raw text, also accepted
	fsys        fs.FS  // SQL only: where script is
	conf        scriptConf
	step        *Step      // Go only
	down        bool       // Go only: run step.Down instead of step.Up
	undo        *migration // versioned: its undo script or Down step, if any
}

// repeatable reports whether m is a repeatable migration (R__).
func (m *migration) repeatable() bool { return m.version.IsZero() }

// resolvedModule is everything a module's Scripts and Steps hold.
type resolvedModule struct {
	versioned  []*migration           // in version order
	repeatable []*migration           // in description order
	callbacks  map[Event][]*migration // SQL callbacks by event, in script order
}

// validModuleName reports whether name is usable as a module name.
func validModuleName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-':
		default:
			return false
		}
	}
	return true
}

// scriptName is what a file name says about a migration.
type scriptName struct {
	prefix      byte   // 'V' versioned, 'R' repeatable, 'U' undo; 0 for a callback
	version     string // as written, may be empty for R
	description string // "_" replaced with spaces
	event       string // callback event for callbacks
}

// isCallbackEvent reports whether name is a Flyway callback event an SQL
// file may be named after (beforeMigrate.sql, afterMigrate__note.sql).
func isCallbackEvent(name string) bool {
	switch name {
	case "beforeMigrate", "beforeRepeatables", "beforeEachMigrate", "beforeEachMigrateStatement",
		"afterEachMigrateStatement", "afterEachMigrateStatementError", "afterEachMigrate", "afterEachMigrateError",
		"afterMigrate", "afterMigrateApplied", "afterVersioned", "afterMigrateError",
		"beforeUndo", "beforeEachUndo", "beforeEachUndoStatement", "afterEachUndoStatement",
		"afterEachUndoStatementError", "afterEachUndo", "afterEachUndoError", "afterUndo",
		"afterUndoError", "beforeClean", "afterClean", "afterCleanError",
		"beforeInfo", "afterInfo", "afterInfoError", "beforeValidate",
		"afterValidate", "afterValidateError", "beforeBaseline", "afterBaseline",
		"afterBaselineError", "beforeRepair", "afterRepair", "afterRepairError",
		"createSchema", "beforeConnect", "afterConnect":
		return true
	}
	return false
}

// parseScriptName parses a file's base name the way Flyway does: prefix V, R
// or U (case-sensitive), the version, "__", the description, and the suffix
// .sql (case-insensitive). It reports ok=false for files without the .sql
// suffix, which are not migrations.
func parseScriptName(base string) (n scriptName, ok bool, err error) {
	if len(base) < 4 || !strings.EqualFold(base[len(base)-4:], ".sql") {
		return scriptName{}, false, nil
	}
	stem := base[:len(base)-4]
	head, desc, _ := strings.Cut(stem, "__")
	if isCallbackEvent(head) {
		return scriptName{event: head, description: strings.ReplaceAll(desc, "_", " ")}, true, nil
	}
	if head == "" {
		return scriptName{}, true, fmt.Errorf("%w: %q does not start with V, R or U followed by a version", ErrInvalidName, base)
	}
	n = scriptName{prefix: head[0], version: head[1:], description: strings.ReplaceAll(desc, "_", " ")}
	switch n.prefix {
	case 'R':
		if n.version != "" {
			return scriptName{}, true, fmt.Errorf("%w: %q: a repeatable migration has no version (R__<description>.sql)", ErrInvalidName, base)
		}
		if !strings.Contains(stem, "__") {
			return scriptName{}, true, fmt.Errorf("%w: %q: expected R__<description>.sql", ErrInvalidName, base)
		}
		return n, true, nil
	case 'V', 'U':
		if err := checkVersion(n.version); err != nil {
			return scriptName{}, true, fmt.Errorf("%w: %q: %w", ErrInvalidName, base, err)
		}
		return n, true, nil
	}
	return scriptName{}, true, fmt.Errorf("%w: %q does not start with V, R or U followed by a version (expected V<version>__<description>.sql)", ErrInvalidName, base)
}

// resolve reads the module's scripts and steps. It reports every bad file
// name, unknown callback and duplicate version at once.
func (m *Module) resolve() (*resolvedModule, error) {
	var (
		r     = &resolvedModule{callbacks: map[Event][]*migration{}}
		undos []*migration
		errs  []error
	)
	fail := func(script string, err error) {
		errs = append(errs, &MigrationError{Module: m.Name, Script: script, Err: err})
	}
	if m.Scripts != nil {
		err := fs.WalkDir(m.Scripts, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			n, ok, err := parseScriptName(path.Base(p))
			switch {
			case !ok:
				return nil
			case err != nil:
				fail(p, err)
				return nil
			}
			mig := &migration{description: n.description, script: p, typ: typeSQL, fsys: m.Scripts}
			if mig.conf, err = readScriptConf(m.Scripts, p); err != nil {
				fail(p+".conf", err)
				return nil
			}
			sum, err := checksumFile(m.Scripts, p)
			if err != nil {
				fail(p, err)
				return nil
			}
			mig.checksum = &sum
			switch n.prefix {
			case 0:
				ev := Event(n.event)
				if !ev.sqlCallback() {
					fail(p, fmt.Errorf("%w: callback event %s is not supported (supported: %s)", ErrInvalidName, n.event, sqlCallbackEvents()))
					return nil
				}
				r.callbacks[ev] = append(r.callbacks[ev], mig)
			case 'R':
				mig.rawChecksum = &sum
				r.repeatable = append(r.repeatable, mig)
			case 'V', 'U':
				mig.version, _ = ParseVersion(n.version) // checked by parseScriptName
				if n.prefix == 'U' {
					mig.typ = typeUndoSQL
					undos = append(undos, mig)
				} else {
					r.versioned = append(r.versioned, mig)
				}
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &MigrationError{Module: m.Name, Err: fmt.Errorf("reading scripts: %w", err)})
		}
	}
	for i := range m.Steps {
		s := &m.Steps[i]
		name := cmp.Or(s.Script, defaultStepScript(s))
		if err := checkVersion(s.Version); err != nil {
			fail(name, fmt.Errorf("%w: step: %w", ErrInvalidName, err))
			continue
		}
		v, _ := ParseVersion(s.Version)
		if s.Up == nil {
			fail(name, configErr("step %s has no Up function", s.Version))
			continue
		}
		r.versioned = append(r.versioned, &migration{version: v, description: s.Description, script: name, typ: typeJDBC, step: s})
		if s.Down != nil {
			undos = append(undos, &migration{version: v, description: s.Description, script: name, typ: typeUndoJDBC, step: s, down: true})
		}
	}
	byVersion := func(a, b *migration) int { return a.version.Compare(b.version) }
	checkDuplicates := func(migs []*migration) {
		slices.SortStableFunc(migs, byVersion)
		for i, first := 1, 0; i < len(migs); i++ {
			if a, b := migs[first], migs[i]; a.version.Equal(b.version) {
				fail(b.script, fmt.Errorf("%w: version %s is also used by %s", ErrDuplicateVersion, b.version, a.script))
			} else {
				first = i
			}
		}
	}
	checkDuplicates(r.versioned)
	checkDuplicates(undos)
	slices.SortStableFunc(r.repeatable, func(a, b *migration) int { return strings.Compare(a.description, b.description) })
	for i := 1; i < len(r.repeatable); i++ {
		if a, b := r.repeatable[i-1], r.repeatable[i]; a.description == b.description {
			fail(b.script, fmt.Errorf("%w: repeatable description %q is also used by %s", ErrDuplicateVersion, b.description, a.script))
		}
	}
	for _, u := range undos {
		i, found := slices.BinarySearchFunc(r.versioned, u, byVersion)
		if !found {
			fail(u.script, fmt.Errorf("%w: undo for version %s, which has no migration", ErrInvalidName, u.version))
			continue
		}
		r.versioned[i].undo = u
	}
	if len(errs) == 0 && len(r.versioned) == 0 && len(r.repeatable) == 0 {
		errs = append(errs, &MigrationError{Module: m.Name, Err: configErr("module has no migrations")})
	}
	return r, joinErrors(errs)
}

// scriptConf is a script's per-script configuration, read from
// <script>.sql.conf as Flyway does.
type scriptConf struct {
	noTransaction  bool // executeInTransaction=false
	noPlaceholders bool // placeholderReplacement=false
}

// readScriptConf reads <p>.conf if it exists.
func readScriptConf(fsys fs.FS, p string) (scriptConf, error) {
	b, err := fs.ReadFile(fsys, p+".conf")
	if errors.Is(err, fs.ErrNotExist) {
		return scriptConf{}, nil
	}
	if err != nil {
		return scriptConf{}, err
	}
	props, err := properties.Load(b, properties.UTF8)
	if err != nil {
		return scriptConf{}, fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	var c scriptConf
	for _, k := range props.Keys() {
		v, _ := props.Get(k)
		switch k {
		case "executeInTransaction":
			c.noTransaction = strings.EqualFold(v, "false")
		case "placeholderReplacement":
			c.noPlaceholders = strings.EqualFold(v, "false")
		case "encoding":
			if !strings.EqualFold(v, "UTF-8") && !strings.EqualFold(v, "UTF8") {
				return scriptConf{}, configErr("encoding %s is not supported: scripts must be UTF-8", v)
			}
		default:
			return scriptConf{}, configErr("unknown setting %q (known: executeInTransaction, placeholderReplacement, encoding)", k)
		}
	}
	return c, nil
}

// checkVersion checks a migration's version, which must also fit the
// status table's version column.
func checkVersion(s string) error {
	if _, err := ParseVersion(s); err != nil {
		return err
	}
	if len(s) > 50 {
		return fmt.Errorf("version %q is longer than the 50 characters the status table holds", s)
	}
	return nil
}

// defaultStepScript is the script name recorded for a step without one.
func defaultStepScript(s *Step) string {
	r := strings.NewReplacer(".", "_", " ", "_")
	name := "V" + r.Replace(s.Version)
	if s.Description != "" {
		name += "__" + r.Replace(s.Description)
	}
	return name
}

// checksumFile computes the Flyway checksum of the file at p.
func checksumFile(fsys fs.FS, p string) (int32, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return Checksum(f)
}
