package migrate

import (
	"context"
	"fmt"
	"io/fs"
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
	// Files named V<version>__<description>.sql are versioned migrations,
	// P<version>__<description>.sql post-deploy ones (see
	// [Migrator.MigratePost]), with Flyway's R__, U<version>__ and callback
	// names too; other .sql files are an error (their name is likely a typo); files
	// with other suffixes are ignored. Use an embed.FS (with fs.Sub to drop
	// the directory prefix) or os.DirFS. Nil: the module has Go steps only.
	// New reads its files a few at a time: the file system must allow
	// that, as embed.FS, os.DirFS and fstest.MapFS do.
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

	// Locations are more directories of scripts, searched like Scripts
	// after it (Flyway's locations; the properties' script.locations).
	// Their migrations share the module's version sequence: a version found
	// in two places is an error naming both. Default: none.
	Locations []Location

	// DependsOn names modules that must be migrated before this one, as
	// NextGIS Web components depend on each other: "core", or with a
	// minimum version, "core>=2.0.4", checked before the module runs.
	// Modules run core first, then in an order that honours the
	// dependencies and otherwise keeps the listed order. Default: none.
	DependsOn []string
}

// Location is a directory of scripts with the name it is known by in
// messages ("classpath:flyway/oskari", "filesystem:/etc/oskari/sql").
type Location struct {
	Name string
	FS   fs.FS
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
	// The transaction is committed if Up returns nil. Required, unless Run
	// is set.
	Up func(ctx context.Context, tx pgx.Tx) error

	// Down reverts Up, for [Migrator.Undo]. Default: nil, the step cannot
	// be undone.
	Down func(ctx context.Context, tx pgx.Tx) error

	// Run, instead of Up, runs a post-deploy step (Post must be set)
	// outside a transaction, on the migration's connection: for work that
	// commits as it goes, such as [Batched]. The status row is written when
	// it returns nil. When it fails, what it committed stays and the step
	// is recorded as failed, as a script that runs outside a transaction
	// is: fix it and Repair; a Run written to resume (Batched's filter)
	// then finishes the work. Default: nil.
	Run func(ctx context.Context, conn *pgx.Conn) error

	// Post makes the step a post-deploy migration, like a P<version>__
	// script: Run never applies it, [Migrator.MigratePost] does (see
	// Post-deploy migrations in the package documentation). Such a step
	// has no Down. Default: false.
	Post bool
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

// statusTableName is the module's status table name, without schema.
func (m *Module) statusTableName(prefix string) string {
	if m.StatusTable != "" {
		return m.StatusTable
	}
	if m.Name == coreModule {
		return prefix
	}
	return prefix + "_" + m.Name
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

// JavaStep returns a Step that ports a Flyway Java migration to Go: the
// version and description come from the class's simple name as Flyway
// reads them, and Script is the fully qualified class name, as Flyway
// recorded it, so the step matches the row Java wrote:
//
//	flyway.userlayer.V1_0_2__Insert_id_for_userlayerdata
//	→ version 1.0.2, description "Insert id for userlayerdata"
//
// The error (wrapping [ErrInvalidName]) says why a name is not a Flyway
// migration class name.
func JavaStep(class string, up func(ctx context.Context, tx pgx.Tx) error) (Step, error) {
	simple := class[strings.LastIndexByte(class, '.')+1:]
	head, desc, _ := strings.Cut(simple, "__")
	if len(head) < 2 || head[0] != 'V' {
		return Step{}, fmt.Errorf("%w: Java class %q: expected V<version>__<description> as its simple name", ErrInvalidName, class)
	}
	if _, err := checkVersion(head[1:]); err != nil {
		return Step{}, fmt.Errorf("%w: Java class %q: %w", ErrInvalidName, class, err)
	}
	return Step{Version: strings.ReplaceAll(head[1:], "_", "."), Description: strings.ReplaceAll(desc, "_", " "), Script: class, Up: up}, nil
}
