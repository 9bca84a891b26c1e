// Command quickstart migrates a database the way a web server would at
// boot: core first, then the myplaces and userlayer modules, from SQL files
// embedded in the binary and one Go step.
//
// It migrates the database in DATABASE_URL and prints each module's status
// table. Without DATABASE_URL, it starts a throwaway PostgreSQL from the
// local binaries (as the tests do), migrates it twice to show that the
// second boot has nothing to do, and removes it.
//
//	go run ./examples/quickstart
//	DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres go run ./examples/quickstart
package main

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgserver"
)

//go:embed migrations
var migrations embed.FS

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(ctx, log); err != nil {
		log.Error("quickstart failed", slog.Any("error", err))
		os.Exit(1)
	}
}

func run(ctx context.Context, log *slog.Logger) error {
	url := os.Getenv("DATABASE_URL")
	boots := 1
	if url == "" {
		fmt.Println("DATABASE_URL is not set: starting a throwaway PostgreSQL from the local binaries")
		srv, err := pgserver.Start(ctx)
		if err != nil {
			return fmt.Errorf("starting PostgreSQL (set DATABASE_URL to use your own): %w", err)
		}
		defer srv.Stop()
		url = srv.URL("postgres")
		boots = 2
	}

	cfg := migrate.Config{
		DatabaseURL: url,
		Logger:      log,
		Modules: []migrate.Module{
			{Name: "core", Scripts: sub("migrations/core"), Baseline: "0.1"},
			{Name: "myplaces", Scripts: sub("migrations/myplaces"), Steps: []migrate.Step{{
				Version:     "1.1",
				Description: "Default category",
				Script:      "quickstart.DefaultCategory",
				Up:          defaultCategory,
			}}},
			{Name: "userlayer", Scripts: sub("migrations/userlayer")},
		},
	}
	for boot := 1; boot <= boots; boot++ {
		res, err := migrate.Run(ctx, cfg) // what main() calls at every boot
		if err != nil {
			return err
		}
		fmt.Printf("boot %d: %d migrations applied\n%s", boot, res.Applied(), res)
	}

	// The status of every module, as Flyway's info prints it, from a
	// Migrator built once (the way a CLI or an HTTP handler uses Runway).
	m, err := migrate.New(cfg)
	if err != nil {
		return err
	}
	status, err := m.Info(ctx)
	if err != nil {
		return err
	}
	for _, m := range status {
		fmt.Print(m)
	}
	return nil
}

// defaultCategory is a Go step: it runs in the migration's transaction,
// between the SQL files 1.0 and 1.2.
func defaultCategory(ctx context.Context, tx pgx.Tx) error {
	_, err := tx.Exec(ctx, `INSERT INTO categories (uuid, category_name) VALUES ($1, $2)`, "default", "My places")
	return err
}

// sub returns one module's directory of the embedded migrations.
func sub(dir string) fs.FS {
	f, err := fs.Sub(migrations, dir)
	if err != nil {
		panic(err) // dir is a constant naming an embedded directory
	}
	return f
}
