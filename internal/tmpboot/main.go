package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime/pprof"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	migrate "github.com/runwaydb/migrate"
)

func med(ds []time.Duration) time.Duration { slices.Sort(ds); return ds[len(ds)/2] }

func main() {
	url, dir := os.Args[1], os.Args[2]
	ctx := context.Background()
	cfg := migrate.Config{DatabaseURL: url, Modules: []migrate.Module{{Name: "core", Scripts: os.DirFS(dir)}}}
	if len(os.Args) > 3 {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	if _, err := migrate.Run(ctx, cfg); err != nil {
		panic(err)
	}
	var run, nw, mig, conn []time.Duration
	m, _ := migrate.New(cfg)
	for i := 0; i < 30; i++ {
		t := time.Now()
		migrate.Run(ctx, cfg)
		run = append(run, time.Since(t))
		t = time.Now()
		migrate.New(cfg)
		nw = append(nw, time.Since(t))
		t = time.Now()
		m.Migrate(ctx)
		mig = append(mig, time.Since(t))
		t = time.Now()
		c, _ := pgx.Connect(ctx, url)
		c.Exec(ctx, "SELECT * FROM oskari_status", pgx.QueryExecModeSimpleProtocol)
		c.Close(ctx)
		conn = append(conn, time.Since(t))
	}
	fmt.Println("Run", med(run), "New", med(nw), "Migrate(built)", med(mig), "connect+query", med(conn))
	f, _ := os.Create("/tmp/mig.prof")
	pprof.StartCPUProfile(f)
	for i := 0; i < 300; i++ {
		m.Migrate(ctx)
	}
	pprof.StopCPUProfile()
}
