package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgserver"
)

// run boots the server: configuration, database, HTTP, then the migration
// in the background. It returns when ctx ends (a signal), when the
// migration fails, or when HTTP serving fails; the error says which.
func run(ctx context.Context, opts options, log *slog.Logger) error {
	files, err := configFiles(opts.configs, log)
	if err != nil {
		return err
	}
	environ := os.Environ()
	throwaway := opts.throwaway
	if !throwaway {
		configured, err := databaseConfigured(files, environ)
		if err != nil {
			return err
		}
		throwaway = !configured
	}
	if throwaway {
		url, stop, err := startThrowaway(ctx, log)
		if err != nil {
			return err
		}
		defer stop()
		environ = append(environ, "DB_URL="+url) // the environment overrides the files
	}
	m, err := newMigrator(files, environ, log)
	if err != nil {
		return err
	}
	return serve(ctx, opts, log, m)
}

// startThrowaway starts a PostgreSQL from the local binaries and returns
// the URL of its postgres database and how to stop it.
func startThrowaway(ctx context.Context, log *slog.Logger) (string, func(), error) {
	log.InfoContext(ctx, "no db.url configured (properties files, DB_URL): starting a throwaway PostgreSQL from the local binaries")
	srv, err := pgserver.Start(ctx)
	if err != nil {
		return "", nil, fmt.Errorf("starting a throwaway PostgreSQL (set db.url or DB_URL to use your own): %w", err)
	}
	url := srv.URL("postgres")
	log.InfoContext(ctx, "throwaway PostgreSQL started; it is removed at exit", slog.String("url", url))
	stop := func() {
		if err := srv.Stop(); err != nil {
			log.Error("stopping the throwaway PostgreSQL", slog.Any("error", err))
			return
		}
		log.Info("throwaway PostgreSQL stopped and removed")
	}
	return url, stop, nil
}

// serve serves HTTP from the start and migrates through a Gate in the
// background, so that /readyz answers 503 while the migration runs.
func serve(ctx context.Context, opts options, log *slog.Logger, m *migrate.Migrator) error {
	gate := migrate.NewGate(m)
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: routes(gate, m), ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.InfoContext(ctx, "serving HTTP", slog.String("addr", ln.Addr().String()))

	migCtx, cancelMigration := context.WithCancel(ctx)
	defer cancelMigration()
	migrated := make(chan error, 1)
	go func() {
		_, err := gate.Migrate(migCtx)
		migrated <- err
	}()

	err = wait(ctx, log, migrated, served, cancelMigration)
	if shutErr := shutdown(srv, opts.shutdownTimeout, log); err == nil {
		err = shutErr
	}
	return err
}

// wait waits for the migration and then for a signal, and says why the
// server stops. A signal during the migration cancels it and waits until
// Runway has rolled it back.
func wait(ctx context.Context, log *slog.Logger, migrated, served <-chan error, cancelMigration func()) error {
	select {
	case err := <-migrated:
		if err != nil {
			return fmt.Errorf("migration failed: %w", err) // as Oskari, do not run on a schema it does not expect
		}
		log.InfoContext(ctx, "database migrated: ready")
	case <-ctx.Done():
		log.Warn("interrupted while migrating: cancelling the migration")
		if err := <-migrated; err != nil {
			return fmt.Errorf("migration interrupted: %w", err)
		}
		return nil // it finished before the cancellation reached it
	case err := <-served:
		cancelMigration()
		<-migrated
		return fmt.Errorf("serving HTTP: %w", err)
	}
	select {
	case <-ctx.Done():
		log.Info("shutting down")
		return nil
	case err := <-served:
		return fmt.Errorf("serving HTTP: %w", err)
	}
}

// shutdown stops the HTTP server, letting requests in flight finish
// within timeout.
func shutdown(srv *http.Server, timeout time.Duration, log *slog.Logger) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	err := srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		log.Warn("requests still in flight at the shutdown timeout: closing their connections")
		err = srv.Close()
	}
	return err
}

// routes are the server's endpoints.
func routes(gate *migrate.Gate, m *migrate.Migrator) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.Handle("GET /readyz", gate)
	mux.Handle("GET /migrations", migrate.InfoHandler(m))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "Oskari-like example server\n  /healthz     liveness\n  /readyz      readiness: 503 while migrating, 200 once migrated\n  /migrations  migrations and their states, as JSON")
	})
	return mux
}
