package migrate_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
)

// Run migrates core and one more module from directories on disk; a Go
// step runs between two SQL files.
func ExampleRun() {
	ctx := context.Background()
	res, err := migrate.Run(ctx, migrate.Config{
		DatabaseURL: os.Getenv("DATABASE_URL"),
		Logger:      slog.Default(),
		Modules: []migrate.Module{
			{Name: "core", Scripts: os.DirFS("migrations/core"), Baseline: "2.0.0"},
			{Name: "myplaces", Scripts: os.DirFS("migrations/myplaces"), Steps: []migrate.Step{{
				Version:     "1.0.2",
				Description: "Populate categories",
				Up: func(ctx context.Context, tx pgx.Tx) error {
					_, err := tx.Exec(ctx, `UPDATE categories SET category_name = 'My places' WHERE category_name IS NULL`)
					return err
				},
			}}},
		},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(res)
}

func ExampleChecksum() {
	lf, _ := migrate.Checksum(strings.NewReader("CREATE TABLE a (\n  id int\n);\n"))
	crlf, _ := migrate.Checksum(strings.NewReader("\uFEFFCREATE TABLE a (\r\n  id int\r\n);"))
	fmt.Println(lf, crlf)
	// Output: 1420201952 1420201952
}

func ExampleParseVersion() {
	a, _ := migrate.ParseVersion("1_9")
	b, _ := migrate.ParseVersion("1.10")
	c, _ := migrate.ParseVersion("1.10.0")
	fmt.Println(a, b, a.Compare(b), b.Equal(c))
	// Output: 1.9 1.10 -1 true
}

// New builds a Migrator once; the boot, a CLI and an HTTP handler can
// share it. Info prints each module's migrations with Flyway's states.
func ExampleNew() {
	ctx := context.Background()
	m, err := migrate.New(migrate.Config{
		DatabaseURL: os.Getenv("DATABASE_URL"),
		Modules:     []migrate.Module{{Name: "core", Scripts: os.DirFS("migrations/core")}},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err) // bad names, duplicate versions, …: no database was touched
		os.Exit(1)
	}
	status, err := m.Info(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, s := range status {
		fmt.Print(s) // Module core ("public"."oskari_status"): version 1.1, then a table
	}
}

// Plan says what Migrate would do, without changing anything: a dry run.
func ExampleMigrator_Plan() {
	ctx := context.Background()
	m, err := migrate.New(migrate.Config{
		DatabaseURL: os.Getenv("DATABASE_URL"),
		Modules:     []migrate.Module{{Name: "core", Scripts: os.DirFS("migrations/core")}},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	plan, err := m.Plan(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(plan) // core ("public"."oskari_status"): version 1.0, 2 pending, then one line per migration
}

// Repair removes failed rows and realigns checksums after, for example,
// scripts were converted to LF line endings by a new build.
func ExampleMigrator_Repair() {
	ctx := context.Background()
	m, err := migrate.New(migrate.Config{
		DatabaseURL: os.Getenv("DATABASE_URL"),
		Modules:     []migrate.Module{{Name: "core", Scripts: os.DirFS("migrations/core")}},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	res, err := m.Repair(ctx, migrate.RepairOptions{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("changed:", res.Changed())
}

// A migration error reads on one line; %+v adds the offending line.
func ExampleMigrationError() {
	err := &migrate.MigrationError{Module: "myplaces", Script: "V1_2__add.sql", Line: 14, Column: 8,
		Source: "CREATE tabel places (id int);", Err: errors.New(`syntax error at or near "tabel"`)}
	fmt.Println(err)
	fmt.Printf("%+v\n", err)
	// Output:
	// myplaces: V1_2__add.sql:14:8: syntax error at or near "tabel"
	// myplaces: V1_2__add.sql:14:8: syntax error at or near "tabel"
	//   14 | CREATE tabel places (id int);
	//      |        ^
}
