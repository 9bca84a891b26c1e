package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/runwaydb/migrate"
)

func (a *app) lint(_ context.Context, args []string) error {
	fs := newFlags("lint")
	var starts []string
	fs.Func("start-after", "skip every module's versions up to `VERSION` (already applied everywhere), or one module's with MODULE=VERSION; repeatable",
		func(s string) error { starts = append(starts, s); return nil })
	major := fs.Int("server-version", migrate.DefaultLintServerMajor, "the PostgreSQL major `VERSION` the migrations will run on")
	warnOnly := fs.Bool("warn-only", false, "exit 0 even if there are findings")
	asJSON := fs.Bool("json", false, "print the findings as JSON (a list of migrate.LintFinding)")
	help := "Lints every module's SQL migrations for statements that lock or break a\n" +
		"database in use, and prints each finding on its own line as\n" +
		"module: script:line:column: rule: reason; fix. Exits 1 if there are\n" +
		"findings (0 with -warn-only). Needs no database. Exempt a statement\n" +
		"with a \"-- runway:allow <rule>\" comment. Rules: " + strings.Join(migrate.LintRules(), ", ") + ".\n"
	m, err := a.command(fs, args, "[-start-after [MODULE=]VERSION]... [-server-version N] [-warn-only] [-json]", text(help))
	if err != nil {
		return err
	}
	findings, err := m.Lint(migrate.LintOptions{ServerMajor: *major, StartAfter: startAfter(m, starts)})
	if *asJSON {
		if findings == nil {
			findings = []migrate.LintFinding{}
		}
		if jerr := a.writeJSON(findings); jerr != nil {
			return jerr
		}
	} else {
		for _, f := range findings {
			fmt.Fprintln(a.stdout, f.String())
		}
	}
	switch {
	case err != nil:
		return err
	case len(findings) > 0 && !*warnOnly:
		return fmt.Errorf("lint: %d finding(s)", len(findings))
	case len(findings) == 0 && !*asJSON:
		fmt.Fprintf(a.stdout, "%d module(s) linted: no findings\n", len(m.Sources()))
	}
	return nil
}

// startAfter turns -start-after values into LintOptions.StartAfter:
// MODULE=VERSION for one module, VERSION for the others.
func startAfter(m *migrate.Migrator, values []string) map[string]string {
	all, out := "", map[string]string{}
	for _, s := range values {
		if name, v, ok := strings.Cut(s, "="); ok {
			out[name] = v
		} else {
			all = s
		}
	}
	if all != "" {
		for _, src := range m.Sources() {
			if _, ok := out[src.Module]; !ok {
				out[src.Module] = all
			}
		}
	}
	return out
}
