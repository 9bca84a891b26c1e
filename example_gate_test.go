package migrate_test

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/runwaydb/migrate"
)

// A server answers its readiness probe from the start and migrates in the
// background: /readyz is 503 with the plan until the migration succeeds,
// /migrations lists every migration with its state.
func ExampleGate() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m, err := migrate.New(migrate.Config{
		DatabaseURL: os.Getenv("DATABASE_URL"),
		Logger:      slog.Default(),
		Modules:     []migrate.Module{{Name: "core", Scripts: os.DirFS("migrations/core")}},
	})
	if err != nil {
		slog.Error("bad migrations", slog.Any("error", err))
		os.Exit(1)
	}
	gate := migrate.NewGate(m)
	mux := http.NewServeMux()
	mux.Handle("GET /readyz", gate)
	mux.Handle("GET /migrations", migrate.InfoHandler(m))
	go func() {
		if _, err := gate.Migrate(ctx); err != nil {
			slog.Error("migration failed", slog.Any("error", err))
			os.Exit(1) // the schema is not what this binary expects
		}
	}()
	_ = http.ListenAndServe("127.0.0.1:8080", mux)
}
