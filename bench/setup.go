package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
)

// fiveModuleDatabase returns a database where the five modules of n
// migrations each are applied, and the modules. Runway applies each
// module's first migration, which creates its status table; the other rows
// are then inserted as Runway would have written them (their tables are
// not created: a no-op boot never looks at them). A Run that must apply
// nothing checks the result.
// moduleDir is where the five-module boot keeps a module's scripts.
func (b *bench) moduleDir(n int, module string) string {
	return filepath.Join(b.work, fmt.Sprint(n), "module-"+module)
}

func (b *bench) fiveModuleDatabase(ctx context.Context, n int) (string, []migrate.Module, error) {
	dsn, err := b.srv.create(ctx)
	if err != nil {
		return "", nil, err
	}
	var modules, firsts []migrate.Module
	sums := map[string][]int32{}
	for _, name := range fiveModules {
		dir := b.moduleDir(n, name)
		scripts := workload(name+"_t", n)
		if err := writeScripts(dir, flywayFormat, scripts); err != nil {
			return dsn, nil, err
		}
		for _, s := range scripts {
			sum, err := migrate.Checksum(strings.NewReader(s.sql))
			if err != nil {
				return dsn, nil, err
			}
			sums[name] = append(sums[name], sum)
		}
		modules = append(modules, migrate.Module{Name: name, Scripts: os.DirFS(dir)})
		first := fstest.MapFS{"V1__t1.sql": {Data: []byte(scripts[0].sql)}}
		firsts = append(firsts, migrate.Module{Name: name, Scripts: first})
	}
	if _, err := migrate.Run(ctx, migrate.Config{DatabaseURL: dsn, Modules: firsts}); err != nil {
		return dsn, nil, err
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return dsn, nil, err
	}
	defer conn.Close(ctx)
	for _, name := range fiveModules {
		table := pgx.Identifier{statusTable(name)}.Sanitize()
		_, err := conn.Exec(ctx, `INSERT INTO `+table+` (`+statusColumns+`)
			SELECT g, g::text, 't' || g, 'SQL', 'V' || g || '__t' || g || '.sql', ($1::int[])[g],
				(SELECT installed_by FROM `+table+` WHERE installed_rank = 1), now(), 0, true
			FROM generate_series(2, $2::int) AS g`, sums[name], n)
		if err != nil {
			return dsn, nil, err
		}
	}
	return dsn, modules, runwayNoop(ctx, migrate.Config{DatabaseURL: dsn, Modules: modules})
}

// header prints the machine, the server, the versions and the command.
func (b *bench) header(ctx context.Context) error {
	var version, fsync, syncCommit, fullPages string
	err := b.srv.admin.QueryRow(ctx, `SELECT current_setting('server_version'), current_setting('fsync'),
		current_setting('synchronous_commit'), current_setting('full_page_writes')`).Scan(&version, &fsync, &syncCommit, &fullPages)
	if err != nil {
		return err
	}
	fmt.Fprintf(b.out, "## Run of %s\n\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(b.out, "- command: `go run . %s` (in bench/)\n", strings.Join(os.Args[1:], " "))
	fmt.Fprintf(b.out, "- machine: %s, %d cores, %s, %s/%s, %s\n", cpuModel(), runtime.NumCPU(), memTotal(), runtime.GOOS, runtime.GOARCH, runtime.Version())
	fmt.Fprintf(b.out, "- PostgreSQL %s on the same machine over TCP loopback (fsync=%s, synchronous_commit=%s, full_page_writes=%s)\n", version, fsync, syncCommit, fullPages)
	fmt.Fprintf(b.out, "- tools: %s\n", depVersions())
	if out, err := exec.Command("psql", "--version").Output(); err == nil {
		fmt.Fprintf(b.out, "- floor: %s\n", bytes.TrimSpace(out))
	}
	return nil
}

func cpuModel() string {
	data, _ := os.ReadFile("/proc/cpuinfo")
	for line := range strings.SplitSeq(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

func memTotal() string {
	data, _ := os.ReadFile("/proc/meminfo")
	var kb int64
	if _, err := fmt.Sscanf(string(data), "MemTotal: %d kB", &kb); err != nil {
		return "unknown memory"
	}
	return fmt.Sprintf("%.0f GiB", float64(kb)/(1<<20))
}

// depVersions names the peers' and pgx's module versions.
func depVersions() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	var out []string
	for _, d := range info.Deps {
		for _, p := range []string{"github.com/pressly/goose/v3", "github.com/golang-migrate/migrate/v4", "github.com/jackc/tern/v2", "github.com/jackc/pgx/v5"} {
			if d.Path == p {
				out = append(out, strings.TrimPrefix(p, "github.com/")+" "+d.Version)
			}
		}
	}
	return "runway (this checkout), " + strings.Join(out, ", ")
}

// serverTime prints, for each tool's kept apply database, the statements
// the server spent most time on (pg_stat_statements, -pgss only), numbers
// in their text replaced by N so that the migrations' statements add up.
// The benchmark's own check after each apply is left out.
func (b *bench) serverTime(ctx context.Context, n int, kept map[string]string) {
	fmt.Fprintf(b.out, "\n### server time of each tool's last apply of %d (pg_stat_statements)\n", n)
	for _, tl := range append(peerTools(), floorTools()...) {
		dsn := kept[tl.name]
		if dsn == "" {
			continue
		}
		name := dsn[strings.LastIndex(dsn, "/")+1:]
		name, _, _ = strings.Cut(name, "?")
		rows, err := b.srv.admin.Query(ctx, `SELECT sum(calls)::bigint, sum(total_exec_time), sum(rows)::bigint,
			regexp_replace(regexp_replace(left(query, 80), '\d+', 'N', 'g'), '\s+', ' ', 'g') AS q,
			sum(sum(total_exec_time)) OVER (), sum(sum(calls)) OVER ()::bigint
			FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)
				AND query NOT LIKE '%query_to_xml%' AND query NOT LIKE 'SELECT count(*) AS c FROM %'
			GROUP BY q ORDER BY 2 DESC LIMIT 15`, name)
		if err != nil {
			fmt.Fprintln(b.out, "pg_stat_statements:", err)
			return
		}
		fmt.Fprintf(b.out, "\n%s:\n\n| calls | total ms | rows | statement |\n|---|---|---|---|\n", tl.name)
		var total float64
		var calls int64
		for rows.Next() {
			var c, r int64
			var ms float64
			var q string
			if err := rows.Scan(&c, &ms, &r, &q, &total, &calls); err != nil {
				break
			}
			fmt.Fprintf(b.out, "| %d | %.0f | %d | `%s` |\n", c, ms, r, strings.ReplaceAll(q, "|", "/"))
		}
		rows.Close()
		fmt.Fprintf(b.out, "\nall statements: %d calls, %.0f ms of execution on the server\n", calls, total)
	}
}
