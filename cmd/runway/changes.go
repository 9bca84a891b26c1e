package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"time"

	"github.com/runwaydb/migrate"
)

// Flyway's defaults for a baseline row.
const (
	defaultBaselineVersion     = "1"
	defaultBaselineDescription = "<< Flyway Baseline >>"
)

func (a *app) baseline(ctx context.Context, args []string) error {
	fs := newFlags("baseline")
	module := fs.String("module", "", "the `MODULE` to baseline (required)")
	version := fs.String("version", "", "baseline `VERSION` (default: the module's baseline version, else 1)")
	desc := fs.String("description", "", "baseline row's `TEXT` (default: the module's, else << Flyway Baseline >>)")
	noDryRun := fs.Bool("no-dry-run", false, "write the baseline row (default: print what would be written)")
	help := "Writes a BASELINE row to the module's status table, as Flyway's baseline\n" +
		"does: creates the table if missing, or fills an empty one; a table that\n" +
		"already holds the same baseline is left alone, one holding migrations or\n" +
		"another baseline is refused. Migrations at or below the baseline never run.\n" +
		"A dry run unless -no-dry-run.\n"
	if err := a.parse(fs, args, "-module MODULE [-version VERSION] [-description TEXT] [-no-dry-run]", text(help)); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if *module == "" {
		return usagef("baseline: -module is required (see runway baseline -h)")
	}
	cfg, err := a.load()
	if err != nil {
		return err
	}
	mod := cfg.ModuleByName(*module)
	if mod == nil {
		return fmt.Errorf("no module named %q", *module)
	}
	opts := migrate.BaselineOptions{
		Version:     cmp.Or(*version, mod.BaselineVersion, defaultBaselineVersion),
		Description: cmp.Or(*desc, mod.BaselineDescription, defaultBaselineDescription),
	}
	m, err := migrate.New(cfg)
	if err != nil {
		return err
	}
	msg, write, err := a.baselinePlan(ctx, m, *module, opts)
	if err != nil {
		return err
	}
	if !write || !*noDryRun {
		fmt.Fprintln(a.stdout, msg)
		if write {
			fmt.Fprintln(a.stdout, "Dry run: nothing changed. Run baseline -no-dry-run to write it.")
		}
		return nil
	}
	if err := m.Baseline(ctx, *module, opts); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "%s: wrote baseline %s (%s)\n", *module, opts.Version, opts.Description)
	return nil
}

// baselinePlan says what Baseline would do to module, by Flyway's rules,
// from the module's info: whether it would write, and a line saying so,
// or why it would refuse.
func (a *app) baselinePlan(ctx context.Context, m *migrate.Migrator, module string, opts migrate.BaselineOptions) (string, bool, error) {
	v, err := migrate.ParseVersion(opts.Version)
	if err != nil {
		return "", false, fmt.Errorf("%w: baseline version: %v", migrate.ErrInvalidConfig, err)
	}
	status, err := m.Info(ctx)
	if err != nil {
		return "", false, err
	}
	var st migrate.ModuleStatus
	for _, s := range status {
		if s.Module == module {
			st = s
		}
	}
	row := fmt.Sprintf("%s (%s)", opts.Version, opts.Description)
	if !st.Exists {
		return fmt.Sprintf("%s: would create %s with baseline %s", module, st.StatusTable, row), true, nil
	}
	others := 0
	for _, mi := range st.Migrations {
		switch {
		case mi.InstalledRank == 0 || mi.Category == migrate.CategorySchema:
		case mi.Category == migrate.CategoryBaseline:
			bv, err := migrate.ParseVersion(cmp.Or(mi.Version, "0"))
			if err == nil && bv.Equal(v) && mi.Description == opts.Description {
				return fmt.Sprintf("%s: %s already has baseline %s: nothing to do", module, st.StatusTable, row), false, nil
			}
			return "", false, fmt.Errorf("%s: %w: %s is already baselined at %s (%s)",
				module, migrate.ErrBaselineExists, st.StatusTable, mi.Version, mi.Description)
		default:
			others++
		}
	}
	if others > 0 {
		return "", false, fmt.Errorf("%s: %w: cannot baseline %s, it has %d migrations", module, migrate.ErrBaselineExists, st.StatusTable, others)
	}
	return fmt.Sprintf("%s: would write baseline %s to %s", module, row, st.StatusTable), true, nil
}

func (a *app) repair(ctx context.Context, args []string) error {
	fs := newFlags("repair")
	deleteMissing := fs.Bool("delete-missing", false, "mark applied migrations that no longer exist locally as deleted")
	dropInvalid := fs.Bool("drop-invalid-indexes", false, "drop the INVALID indexes a failed or interrupted CONCURRENTLY migration left")
	recordCompleted := fs.Bool("record-completed", false, "record as applied an interrupted non-transactional migration whose statements all completed")
	noDryRun := fs.Bool("no-dry-run", false, "repair (default: print what would change)")
	help := "Repairs every module's status table as Flyway's repair does: removes\n" +
		"failed rows, realigns checksums, descriptions and types to the files,\n" +
		"upgrades a Flyway 3 table and, with -delete-missing, marks missing\n" +
		"migrations as deleted. For a migration that runs outside a transaction\n" +
		"(CREATE INDEX CONCURRENTLY …) and failed or was interrupted: with\n" +
		"-drop-invalid-indexes, drops the INVALID indexes it left (DROP INDEX\n" +
		"CONCURRENTLY) so that it can run again; with -record-completed, records\n" +
		"it as applied when every statement verifiably completed. A dry run\n" +
		"unless -no-dry-run.\n"
	m, err := a.command(fs, args, "[-delete-missing] [-drop-invalid-indexes] [-record-completed] [-no-dry-run]", text(help))
	if err != nil {
		return err
	}
	opts := migrate.RepairOptions{DeleteMissing: *deleteMissing, DropInvalidIndexes: *dropInvalid, RecordCompleted: *recordCompleted}
	if !*noDryRun {
		res, err := m.RepairPlan(ctx, opts)
		printRepair(a.stdout, res, true)
		if err == nil && res.Changed() {
			fmt.Fprintln(a.stdout, "Dry run: nothing changed. Run repair -no-dry-run to repair.")
		}
		return err
	}
	res, err := m.Repair(ctx, opts)
	printRepair(a.stdout, res, false)
	return err
}

// printRepair prints a repair's changes, one line per row.
func printRepair(w io.Writer, res *migrate.RepairResult, dry bool) {
	if res == nil {
		return
	}
	verbs := [5]string{"removed", "realigned", "deleted", "recorded", "dropped"}
	if dry {
		verbs = [5]string{"would remove", "would realign", "would delete", "would record", "would drop"}
	}
	for _, m := range res.Modules {
		if len(m.Removed)+len(m.Realigned)+len(m.Deleted)+len(m.Recorded)+len(m.DroppedIndexes) == 0 {
			fmt.Fprintf(w, "%s: nothing to repair\n", m.Module)
			continue
		}
		fmt.Fprintf(w, "%s:\n", m.Module)
		for _, l := range m.DroppedIndexes {
			fmt.Fprintf(w, "  %-13s %-10s %s:%d INVALID index %s\n", verbs[4], cmp.Or(l.Version, "-"), l.Script, l.Line, l.Index)
		}
		for i, infos := range [][]migrate.MigrationInfo{m.Removed, m.Realigned, m.Deleted, m.Recorded} {
			for _, mi := range infos {
				fmt.Fprintf(w, "  %-13s %-10s %s (%s)\n", verbs[i], cmp.Or(mi.Version, "-"), mi.Script, mi.State)
			}
		}
	}
}

func (a *app) undo(ctx context.Context, args []string) error {
	fs := newFlags("undo")
	module := fs.String("module", "", "the `MODULE` to rewind (required)")
	target := fs.String("target", "", "undo every applied migration above `VERSION` (required)")
	noDryRun := fs.Bool("no-dry-run", false, "undo (default: print what would be undone)")
	help := "Undoes the module's applied migrations above the target version, highest\n" +
		"first, with their U<version>__*.sql scripts, recording UNDO_SQL rows as\n" +
		"Flyway Teams does. Refuses before undoing anything if one has no undo.\n" +
		"A dry run unless -no-dry-run.\n"
	if err := a.parse(fs, args, "-module MODULE -target VERSION [-no-dry-run]", text(help)); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if *module == "" || *target == "" {
		return usagef("undo: -module and -target are required (see runway undo -h)")
	}
	m, err := a.migrator(nil)
	if err != nil {
		return err
	}
	if !*noDryRun {
		todo, err := m.UndoPlan(ctx, *module, *target)
		if err != nil {
			return err
		}
		if len(todo) == 0 {
			fmt.Fprintf(a.stdout, "%s: nothing to undo above %s\n", *module, *target)
			return nil
		}
		fmt.Fprintf(a.stdout, "%s: would undo %d migration(s), down to %s:\n", *module, len(todo), *target)
		for _, mi := range todo {
			fmt.Fprintf(a.stdout, "  %-10s %-4s %s\n", mi.Version, mi.Type, mi.Script)
		}
		fmt.Fprintln(a.stdout, "Dry run: nothing changed. Run undo -no-dry-run to undo.")
		return nil
	}
	res, err := m.Undo(ctx, *module, *target)
	if res != nil {
		fmt.Fprintf(a.stdout, "%s: %d undone, version %s\n", *module, len(res.Applied), cmp.Or(res.Version, "<< Empty Schema >>"))
		for _, u := range res.Applied {
			fmt.Fprintf(a.stdout, "  %-10s %-9s %s (%s)\n", u.Version, u.Type, u.Script, u.Duration.Round(time.Millisecond))
		}
	}
	return err
}
