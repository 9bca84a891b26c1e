package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/runwaydb/migrate"
)

// statusColumns are the columns of a Flyway status table, in its order.
const statusColumns = "installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success"

// fiveModules are the modules of the five-module boot, core first.
var fiveModules = []string{"core", "myplaces", "analysis", "userlayer", "content"}

// probe is one timed call of the boot scenario.
type probe struct {
	table *table
	name  string
	call  func(ctx context.Context) error
}

// Names of the boot floors and Runway's variants.
const (
	nameConnectQuery = "floor: connect + query"
	nameQuery        = "floor: query alone"
	// The same floors with the scripts' files listed and read meanwhile,
	// on another goroutine: the least a boot that checks checksums does.
	nameConnectQueryFiles = "floor: connect + query ∥ read the files"
	nameQueryFiles        = "floor: query alone ∥ read the files"
	nameMigrator          = "runway, Migrator built once"
	namePool              = "runway, caller's pool"
	namePoolMigrator      = "runway, caller's pool, Migrator built once"
)

// bootScenario times complete fresh calls on the databases the apply left,
// where nothing is pending, every tool and floor interleaved per sample.
func (b *bench) bootScenario(ctx context.Context, n int, dirs, kept map[string]string) error {
	main := &table{title: fmt.Sprintf("no-op boot, %d applied (median of %d fresh calls)", n, b.opts.bootSamples), floor: nameConnectQuery,
		note: "A fresh call connects, reads the files and the status table, validates and returns, as at an application's boot. The floor connects and reads Runway's whole status table with one simple-protocol query."}
	pooled := &table{title: fmt.Sprintf("no-op boot with the caller's pool already connected, %d applied", n), floor: nameQuery}
	var probes []probe
	closers, err := b.bootProbes(ctx, n, dirs, kept, main, pooled, &probes)
	defer func() {
		for _, c := range closers {
			c()
		}
	}()
	if err != nil {
		return err
	}
	var five *table
	if b.opts.tools[nameRunway] {
		five = &table{title: fmt.Sprintf("no-op boot, 5 modules × %d applied", n), floor: nameConnectQuery,
			note: "The floor reads the five status tables with one UNION ALL query."}
		dsn, modules, err := b.fiveModuleDatabase(ctx, n)
		if err != nil {
			return err
		}
		defer b.srv.drop(ctx, dsn)
		probes = append(probes,
			probe{five, nameConnectQuery, floorRead(dsn, unionQuery(fiveModules))},
			probe{five, nameConnectQueryFiles, withFiles(b.fiveModuleDirs(n), len(fiveModules)*n, floorRead(dsn, unionQuery(fiveModules)))},
			probe{five, nameRunway, func(ctx context.Context) error {
				return runwayNoop(ctx, migrate.Config{DatabaseURL: dsn, Modules: modules})
			}})
	}
	for s := range b.opts.bootSamples {
		for _, p := range rotate(probes, s) {
			start := time.Now()
			if err := p.call(ctx); err != nil {
				b.fail(p.table.row(p.name), err)
				continue
			}
			p.table.add(p.name, s, time.Since(start))
		}
	}
	for _, t := range []*table{main, pooled, five} {
		if t != nil && len(t.rows) > 1 {
			t.write(b.out)
		}
	}
	return nil
}

// bootProbes returns the probes of the one-module tables and the functions
// that close what they hold open.
func (b *bench) bootProbes(ctx context.Context, n int, dirs, kept map[string]string, main, pooled *table, probes *[]probe) ([]func(), error) {
	var closers []func()
	if dsn := kept[nameRunway]; dsn != "" {
		one := "SELECT " + statusColumns + " FROM oskari_status ORDER BY installed_rank"
		*probes = append(*probes, probe{main, nameConnectQuery, floorRead(dsn, one)},
			probe{main, nameConnectQueryFiles, withFiles([]string{dirs[nameRunway]}, n, floorRead(dsn, one))})
		cfg := runwayConfig(dsn, dirs[nameRunway])
		*probes = append(*probes, probe{main, nameRunway, func(ctx context.Context) error { return runwayNoop(ctx, cfg) }})
		m, err := migrate.New(cfg)
		if err != nil {
			return closers, err
		}
		*probes = append(*probes, probe{main, nameMigrator, func(ctx context.Context) error { return noneApplied(m.Migrate(ctx)) }})
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			return closers, err
		}
		closers = append(closers, func() { conn.Close(context.Background()) })
		query := func(ctx context.Context) error { _, err := readStatus(ctx, conn, one); return err }
		*probes = append(*probes, probe{pooled, nameQuery, query},
			probe{pooled, nameQueryFiles, withFiles([]string{dirs[nameRunway]}, n, query)})
		pool, err := pgxpool.New(ctx, dsn)
		if err != nil {
			return closers, err
		}
		closers = append(closers, pool.Close)
		if err := pool.Ping(ctx); err != nil { // connected before the first call
			return closers, err
		}
		poolCfg := cfg
		poolCfg.DatabaseURL, poolCfg.Pool = "", pool
		*probes = append(*probes, probe{pooled, namePool, func(ctx context.Context) error { return runwayNoop(ctx, poolCfg) }})
		pm, err := migrate.New(poolCfg)
		if err != nil {
			return closers, err
		}
		*probes = append(*probes, probe{pooled, namePoolMigrator, func(ctx context.Context) error { return noneApplied(pm.Migrate(ctx)) }})
	}
	for _, tl := range b.peers() {
		if tl.name == nameRunway || kept[tl.name] == "" {
			continue
		}
		dsn, dir, run := kept[tl.name], dirs[tl.name], tl.run
		*probes = append(*probes, probe{main, tl.name, func(ctx context.Context) error { return run(ctx, dsn, dir) }})
	}
	return closers, nil
}

// withFiles runs call while another goroutine reads every file of dirs
// (see readFiles), as a boot overlaps its connection with its file work;
// want is the number of files there must be.
func withFiles(dirs []string, want int, call func(ctx context.Context) error) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		type result struct {
			n   int
			err error
		}
		done := make(chan result, 1)
		go func() {
			n, err := readFiles(dirs)
			done <- result{n, err}
		}()
		err := call(ctx)
		r := <-done
		switch {
		case err != nil:
			return err
		case r.err != nil:
			return r.err
		case r.n != want:
			return fmt.Errorf("read %d files, want %d", r.n, want)
		}
		return nil
	}
}

// fiveModuleDirs are the script directories of the five-module boot.
func (b *bench) fiveModuleDirs(n int) []string {
	var dirs []string
	for _, m := range fiveModules {
		dirs = append(dirs, b.moduleDir(n, m))
	}
	return dirs
}

// runwayNoop runs Runway and checks that it applied nothing.
func runwayNoop(ctx context.Context, cfg migrate.Config) error {
	return noneApplied(migrate.Run(ctx, cfg))
}

func noneApplied(res *migrate.Result, err error) error {
	if err != nil {
		return err
	}
	if n := res.Applied(); n != 0 {
		return fmt.Errorf("applied %d migrations on a no-op boot", n)
	}
	return nil
}

// floorRead connects, reads every row of query and closes.
func floorRead(dsn, query string) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			return err
		}
		defer conn.Close(ctx)
		_, err = readStatus(ctx, conn, query)
		return err
	}
}

// readStatus reads every status row of query over the simple protocol, as
// Runway's own read does, into typed values.
func readStatus(ctx context.Context, conn *pgx.Conn, query string) (int, error) {
	rows, err := conn.Query(ctx, query, pgx.QueryExecModeSimpleProtocol)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var (
		rank, execTime        int
		version               *string
		checksum              *int32
		desc, typ, script, by string
		installed             time.Time
		success               bool
		n                     int
	)
	for rows.Next() {
		if err := rows.Scan(&rank, &version, &desc, &typ, &script, &checksum, &by, &installed, &execTime, &success); err != nil {
			return n, err
		}
		n++
	}
	if n == 0 && rows.Err() == nil {
		return 0, errors.New("no status rows")
	}
	return n, rows.Err()
}

// unionQuery reads the status tables of modules with one statement.
func unionQuery(modules []string) string {
	var branches []string
	for i, m := range modules {
		branches = append(branches, "SELECT "+strconv.Itoa(i)+" AS module, "+statusColumns+" FROM "+pgx.Identifier{statusTable(m)}.Sanitize())
	}
	return "SELECT " + statusColumns + " FROM (" + strings.Join(branches, " UNION ALL ") + ") s ORDER BY module, installed_rank"
}

func statusTable(module string) string {
	if module == "core" {
		return migrate.DefaultStatusTablePrefix
	}
	return migrate.DefaultStatusTablePrefix + "_" + module
}
