package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/runwaydb/migrate"
)

// noArgs fails on arguments left after the flags.
func noArgs(fs *flag.FlagSet) error {
	if fs.NArg() > 0 {
		return usagef("%s: unexpected argument %q (see runway %s -h)", fs.Name(), fs.Arg(0), fs.Name())
	}
	return nil
}

// writeJSON prints v as indented JSON.
func (a *app) writeJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func (a *app) info(ctx context.Context, args []string) error {
	fs := newFlags("info")
	asJSON := fs.Bool("json", false, "print the modules' status as JSON (a list of migrate.ModuleStatus)")
	help := "Prints every module's migrations and their states as Flyway's info does.\n" +
		"Takes no lock and changes nothing.\n"
	m, err := a.command(fs, args, "[-json]", text(help))
	if err != nil {
		return err
	}
	status, err := m.Info(ctx)
	if *asJSON {
		if status == nil {
			status = []migrate.ModuleStatus{}
		}
		if jerr := a.writeJSON(status); jerr != nil {
			return jerr
		}
		return err
	}
	for i, s := range status {
		if i > 0 {
			fmt.Fprintln(a.stdout)
		}
		fmt.Fprint(a.stdout, s.String())
	}
	return err
}

// finding is one validation problem, as validate -json prints it.
type finding struct {
	Module  string
	Version string
	Script  string
	Line    int
	Column  int
	Error   string
}

// findingErrs are the sentinels of what validation reports about a
// status table, as opposed to failures to check it.
var findingErrs = []error{
	migrate.ErrChecksumMismatch, migrate.ErrFailedMigration, migrate.ErrOutOfOrder, migrate.ErrMissingMigration,
	migrate.ErrTypeMismatch, migrate.ErrDescriptionMismatch, migrate.ErrFutureMigration, migrate.ErrPendingMigration,
	migrate.ErrScriptMismatch, migrate.ErrNonEmptySchema, migrate.ErrLegacyTable,
}

// splitFindings separates the validation findings in err from other
// failures.
func splitFindings(err error) (findings, others []error) {
	for _, e := range flatten(err) {
		isFinding := false
		for _, f := range findingErrs {
			isFinding = isFinding || errors.Is(e, f)
		}
		if isFinding {
			findings = append(findings, e)
		} else {
			others = append(others, e)
		}
	}
	return findings, others
}

// flatten lists the errors err joins, recursively.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, flatten(e)...)
	}
	return out
}

func (a *app) validate(ctx context.Context, args []string) error {
	fs := newFlags("validate")
	asJSON := fs.Bool("json", false, "print the findings as JSON (a list of {Module, Version, Script, Line, Column, Error})")
	help := "Checks every module's status table against its migrations as Flyway's\n" +
		"validate does, pending migrations included, and prints each finding on\n" +
		"its own line. Exits 1 if there are findings. Changes nothing.\n"
	m, err := a.command(fs, args, "[-json]", text(help))
	if err != nil {
		return err
	}
	findings, others := splitFindings(m.Validate(ctx))
	if err := a.printFindings(findings, *asJSON); err != nil {
		return err
	}
	switch {
	case len(others) > 0:
		return errors.Join(others...)
	case len(findings) > 0:
		return fmt.Errorf("validation found %d problem(s)", len(findings))
	case !*asJSON:
		fmt.Fprintf(a.stdout, "%d module(s) validated: no problems\n", len(m.Sources()))
	}
	return nil
}

// printFindings prints one finding per line, or all as JSON.
func (a *app) printFindings(findings []error, asJSON bool) error {
	if !asJSON {
		for _, f := range findings {
			fmt.Fprintln(a.stdout, oneLine(f.Error(), a.secrets))
		}
		return nil
	}
	out := []finding{}
	for _, f := range findings {
		fd := finding{Error: oneLine(f.Error(), a.secrets)}
		var me *migrate.MigrationError
		if errors.As(f, &me) {
			fd.Module, fd.Version, fd.Script, fd.Line, fd.Column = me.Module, me.Version, me.Script, me.Line, me.Column
		}
		out = append(out, fd)
	}
	return a.writeJSON(out)
}

func (a *app) migrate(ctx context.Context, args []string) error {
	fs := newFlags("migrate")
	noDryRun := fs.Bool("no-dry-run", false, "apply the plan (default: print it and change nothing)")
	planSQL := fs.String("plan-sql", "", "write every statement migrate would send, as one psql script, to `FILE` (dry run or not)")
	post := fs.Bool("post", false, "the post-deploy migrations (P<version>__ scripts, Step.Post) instead, once no replica runs the old version")
	var targets []string
	fs.Func("target", "stop every module at `VERSION` (\"2.1\", \"2.1?\", \"current\", \"next\"), or one with MODULE=VERSION; repeatable",
		func(s string) error { targets = append(targets, s); return nil })
	help := "Prints what migrate would do, module by module, and changes nothing; exits 1\n" +
		"if the plan has problems that would stop it. With -no-dry-run, applies it.\n" +
		"-plan-sql writes the plan as an SQL script for psql -v ON_ERROR_STOP=1,\n" +
		"before anything is applied. -post works on the post-deploy migrations,\n" +
		"which a boot never applies.\n"
	if err := a.parse(fs, args, "[-no-dry-run] [-post] [-target [MODULE=]VERSION]... [-plan-sql FILE]", text(help)); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	m, err := a.migrator(func(cfg *migrate.Config) error { return applyTargets(cfg, targets) })
	if err != nil {
		return err
	}
	if *post && *planSQL != "" {
		return usagef("migrate: -plan-sql covers the boot's migrations, not -post")
	}
	if *planSQL != "" {
		if err := writePlanSQL(ctx, m, *planSQL); err != nil {
			return err
		}
	}
	plan, apply := m.Plan, m.Migrate
	if *post {
		plan, apply = m.PlanPost, m.MigratePost
	}
	if !*noDryRun {
		return a.dryRun(ctx, plan, *post)
	}
	res, err := apply(ctx)
	if res != nil {
		fmt.Fprint(a.stdout, res.String())
	}
	return err
}

// dryRun prints the plan.
func (a *app) dryRun(ctx context.Context, plan func(context.Context) (*migrate.Plan, error), post bool) error {
	p, err := plan(ctx)
	if err != nil {
		return err
	}
	fmt.Fprint(a.stdout, p.String())
	problems := 0
	for _, mp := range p.Modules {
		problems += len(mp.Problems)
	}
	switch {
	case problems > 0:
		return fmt.Errorf("dry run: %d problem(s) would stop migrate", problems)
	case p.UpToDate():
		fmt.Fprintln(a.stdout, "Dry run: up to date, nothing to do.")
	default:
		if post {
			fmt.Fprintln(a.stdout, "Dry run: nothing changed. Run migrate -post -no-dry-run to apply.")
		} else {
			fmt.Fprintln(a.stdout, "Dry run: nothing changed. Run migrate -no-dry-run to apply.")
		}
	}
	return nil
}

// applyTargets sets the modules' Target from -target values: MODULE=VERSION
// for one module, VERSION for the others.
func applyTargets(cfg *migrate.Config, targets []string) error {
	all, per := "", map[string]string{}
	for _, t := range targets {
		if name, v, ok := strings.Cut(t, "="); ok {
			if cfg.ModuleByName(name) == nil {
				return usagef("migrate -target %s: no module named %q", t, name)
			}
			per[name] = v
		} else {
			all = t
		}
	}
	for i := range cfg.Modules {
		mod := &cfg.Modules[i]
		if v, ok := per[mod.Name]; ok {
			mod.Target = v
		} else if all != "" {
			mod.Target = all
		}
	}
	return nil
}

// writePlanSQL writes m's plan script to path; on failure it removes the
// file.
func writePlanSQL(ctx context.Context, m *migrate.Migrator, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	err = m.PlanSQL(ctx, w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("plan script %s: %w", path, err)
	}
	return nil
}
