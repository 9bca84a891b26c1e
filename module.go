package migrate

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
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

	// Baseline, when set, is the version written as a BASELINE row when the
	// status table is created. Migrations at or below it never run. Oskari
	// baselines core at "2.0.0" and the other modules at "0.1". Default: no
	// baseline row.
	Baseline string
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
}

// Migration types recorded in the status table's type column.
const (
	typeSQL      = "SQL"
	typeJDBC     = "JDBC" // Flyway's type for Java migrations; Runway's Go steps use it too
	typeBaseline = "BASELINE"
)

// migration is a resolved migration: an SQL file or a Go step.
type migration struct {
	version     Version
	description string
	script      string // path relative to the module root, or the step's Script
	typ         string // typeSQL or typeJDBC
	checksum    *int32 // SQL only
	fsys        fs.FS  // SQL only: where script is
	step        *Step  // Go only
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
		if _, err := ParseVersion(n.version); err != nil {
			return scriptName{}, true, fmt.Errorf("%w: %q: %w", ErrInvalidName, base, err)
		}
		return n, true, nil
	}
	return scriptName{}, true, fmt.Errorf("%w: %q does not start with V, R or U followed by a version (expected V<version>__<description>.sql)", ErrInvalidName, base)
}

// resolve lists the module's migrations in version order. It reports every
// bad file name, unsupported file and duplicate version at once.
func (m *Module) resolve() ([]*migration, error) {
	var (
		migs []*migration
		errs []error
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
			case n.prefix != 'V':
				fail(p, fmt.Errorf("%w: repeatable, undo and callback scripts are not supported yet", ErrInvalidName))
				return nil
			}
			v, _ := ParseVersion(n.version) // checked by parseScriptName
			sum, err := checksumFile(m.Scripts, p)
			if err != nil {
				fail(p, err)
				return nil
			}
			migs = append(migs, &migration{version: v, description: n.description, script: p, typ: typeSQL, checksum: &sum, fsys: m.Scripts})
			return nil
		})
		if err != nil {
			errs = append(errs, &MigrationError{Module: m.Name, Err: fmt.Errorf("reading scripts: %w", err)})
		}
	}
	for i := range m.Steps {
		s := &m.Steps[i]
		name := s.Script
		if name == "" {
			name = defaultStepScript(s)
		}
		v, err := ParseVersion(s.Version)
		if err != nil {
			fail(name, fmt.Errorf("%w: step: %w", ErrInvalidName, err))
			continue
		}
		if s.Up == nil {
			fail(name, configErr("step %s has no Up function", s.Version))
			continue
		}
		migs = append(migs, &migration{version: v, description: s.Description, script: name, typ: typeJDBC, step: s})
	}
	slices.SortStableFunc(migs, func(a, b *migration) int { return a.version.Compare(b.version) })
	for i, first := 1, 0; i < len(migs); i++ {
		if a, b := migs[first], migs[i]; a.version.Equal(b.version) {
			fail(b.script, fmt.Errorf("%w: version %s is also used by %s", ErrDuplicateVersion, b.version, a.script))
		} else {
			first = i
		}
	}
	if len(errs) == 0 && len(migs) == 0 {
		errs = append(errs, &MigrationError{Module: m.Name, Err: configErr("module has no migrations")})
	}
	return migs, joinErrors(errs)
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
