package main

import (
	"context"
	"fmt"

	"github.com/runwaydb/migrate"
)

func (a *app) restore(ctx context.Context, args []string) error {
	fs := newFlags("restore")
	noDryRun := fs.Bool("no-dry-run", false, "restore (default: print what would be restored and change nothing)")
	module := fs.String("module", "", "restore into `MODULE`'s database (default: core's, db.url)")
	list := fs.Bool("list", false, "print the snapshot's whole table of contents (pg_restore --list)")
	help := "Restores a snapshot taken before migrating (runway.snapshot.dir) with\n" +
		"pg_restore --clean --if-exists --single-transaction: the objects it holds,\n" +
		"status tables included, are dropped and recreated with their data in one\n" +
		"transaction. Objects created after the snapshot stay. Stop the application\n" +
		"first. A dry run unless -no-dry-run: prints the command and the snapshot's\n" +
		"summary. The connection is passed in PG* variables, never the password.\n"
	if err := a.parse(fs, args, "[-no-dry-run] [-module MODULE] [-list] FILE", text(help)); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("restore: expected one snapshot FILE (see runway restore -h)")
	}
	m, err := a.migrator(nil)
	if err != nil {
		return err
	}
	res, err := m.Restore(ctx, fs.Arg(0), migrate.RestoreOptions{DryRun: !*noDryRun, Module: *module})
	if res != nil && res.Command != "" {
		fmt.Fprint(a.stdout, res.String())
		if *list {
			fmt.Fprint(a.stdout, res.Contents)
		}
		if err == nil && res.DryRun {
			fmt.Fprintln(a.stdout, "Dry run: nothing changed. Run restore -no-dry-run FILE to restore.")
		}
	}
	return err
}
