package migrate

import (
	"fmt"
	"strings"
)

// scriptName is what a file name says about a migration.
type scriptName struct {
	prefix      byte   // 'V' versioned, 'P' post-deploy, 'R' repeatable, 'U' undo; 0 for a callback
	version     string // as written, may be empty for R
	description string // "_" replaced with spaces
	event       string // callback event for callbacks
	parsed      Version
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
// or U (case-sensitive), or Runway's P (post-deploy), the version, "__", the description, and the suffix
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
		return scriptName{}, true, fmt.Errorf("%w: %q does not start with V, P, R or U followed by a version", ErrInvalidName, base)
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
	case 'V', 'P', 'U':
		var err error
		if n.parsed, err = checkVersion(n.version); err != nil {
			return scriptName{}, true, fmt.Errorf("%w: %q: %w", ErrInvalidName, base, err)
		}
		return n, true, nil
	}
	return scriptName{}, true, fmt.Errorf("%w: %q does not start with V, P, R or U followed by a version (expected V<version>__<description>.sql)", ErrInvalidName, base)
}

// checkVersion checks a migration's version, which must also fit the
// status table's version column.
func checkVersion(s string) (Version, error) {
	v, err := ParseVersion(s)
	if err != nil {
		return Version{}, err
	}
	if len(s) > 50 {
		return Version{}, fmt.Errorf("version %q is longer than the 50 characters the status table holds", s)
	}
	return v, nil
}
