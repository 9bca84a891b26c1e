package migrate_test

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgtest"
)

// The boot benchmarks measure the no-op boot: the Run every replica makes at
// every start when nothing is pending. Each is measured next to its floor,
// connect + one query reading the same status rows, so that
//
//	go test -run '^$' -bench Boot -count 10 .
//
// gives comparable numbers. The databases are built directly (Flyway's DDL,
// rows copied in), not through Run, and checked once with a Run that must
// apply nothing.

// statusColumns are the status table's columns in Flyway's order.
const statusColumns = "installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success"

// bootModules are the modules of the five-module benchmark; core goes first.
func bootModules() []string { return []string{"core", "myplaces", "analysis", "userlayer", "content"} }

// BenchmarkBoot measures Run with every migration applied, beside the floor.
func BenchmarkBoot(b *testing.B) {
	fixtures := map[string]*lazyFixture{}
	fixture := func(modules, n int) *lazyFixture {
		key := fmt.Sprintf("%d/%d", modules, n)
		if fixtures[key] == nil {
			fixtures[key] = &lazyFixture{owner: b, modules: bootModules()[:modules], n: n}
		}
		return fixtures[key]
	}
	b.Run("floor/connect", func(b *testing.B) { benchConnect(b, fixture(1, 1000).get(b)) })
	for _, n := range []int{1000, 5000} {
		f := fixture(1, n)
		b.Run(fmt.Sprintf("floor/query/N=%d", n), func(b *testing.B) { benchQuery(b, f.get(b)) })
		b.Run(fmt.Sprintf("floor/connect+query/N=%d", n), func(b *testing.B) { benchFloor(b, f.get(b)) })
		b.Run(fmt.Sprintf("runway/modules=1/N=%d", n), func(b *testing.B) { benchRun(b, f.get(b)) })
		b.Run(fmt.Sprintf("runway-migrator/modules=1/N=%d", n), func(b *testing.B) { benchMigrator(b, f.get(b)) })
	}
	// The floor reads the five tables with one UNION ALL statement: one
	// round trip and one result set, as for one module. Five statements in
	// one simple query would do the same server work in the same round trip
	// but return five result sets.
	f := fixture(len(bootModules()), 1000)
	b.Run("floor/connect+query/modules=5/N=1000", func(b *testing.B) { benchFloor(b, f.get(b)) })
	b.Run("runway/modules=5/N=1000", func(b *testing.B) { benchRun(b, f.get(b)) })
}

// benchFloor connects, reads every status row of the fixture with one query
// and closes: the least any boot has to do. The query goes over the simple
// protocol, one round trip, as Run's status read does.
func benchFloor(b *testing.B, f *bootFixture) {
	ctx := b.Context()
	var branches []string
	for i, table := range f.tables {
		branches = append(branches, "SELECT "+strconv.Itoa(i)+" AS module, "+statusColumns+" FROM "+pgx.Identifier{table}.Sanitize())
	}
	query := strings.Join(branches, "\nUNION ALL\n") + "\nORDER BY module, installed_rank"
	b.ReportAllocs()
	for b.Loop() {
		rows, err := readFloor(ctx, f.url, query)
		if err != nil {
			b.Fatal(err)
		}
		if len(rows) != f.rows {
			b.Fatalf("read %d rows, want %d", len(rows), f.rows)
		}
	}
}

// benchConnect connects and closes: what any boot pays before a query.
func benchConnect(b *testing.B, f *bootFixture) {
	ctx := b.Context()
	for b.Loop() {
		conn, err := pgx.Connect(ctx, f.url)
		if err != nil {
			b.Fatal(err)
		}
		conn.Close(ctx)
	}
}

// benchQuery reads the status rows on an open connection: the query alone.
func benchQuery(b *testing.B, f *bootFixture) {
	ctx := b.Context()
	conn, err := pgx.Connect(ctx, f.url)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)
	query := "SELECT " + statusColumns + " FROM " + pgx.Identifier{f.tables[0]}.Sanitize() + " ORDER BY installed_rank"
	b.ReportAllocs()
	for b.Loop() {
		rows, err := conn.Query(ctx, query, pgx.QueryExecModeSimpleProtocol)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for rows.Next() {
			var r statusRow
			if err := rows.Scan(&r.rank, &r.version, &r.description, &r.typ, &r.script, &r.checksum,
				&r.installedBy, &r.installedOn, &r.executionTime, &r.success); err != nil {
				b.Fatal(err)
			}
			n++
		}
		if rows.Err() != nil || n != f.rows {
			b.Fatalf("read %d rows (%v), want %d", n, rows.Err(), f.rows)
		}
	}
}

// statusRow is one row of a status table.
type statusRow struct {
	module, rank  int
	version       *string
	description   string
	typ, script   string
	checksum      *int32
	installedBy   string
	installedOn   time.Time
	executionTime int
	success       bool
}

// readFloor connects, reads every row of query and closes.
func readFloor(ctx context.Context, url, query string) ([]statusRow, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, query, pgx.QueryExecModeSimpleProtocol)
	if err != nil {
		return nil, err
	}
	var out []statusRow
	for rows.Next() {
		var r statusRow
		if err := rows.Scan(&r.module, &r.rank, &r.version, &r.description, &r.typ, &r.script, &r.checksum,
			&r.installedBy, &r.installedOn, &r.executionTime, &r.success); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// benchRun calls Run afresh in every iteration: it connects, reads the
// status tables, validates and applies nothing.
func benchRun(b *testing.B, f *bootFixture) {
	ctx := b.Context()
	cfg := migrate.Config{DatabaseURL: f.url, Modules: f.modules}
	b.ReportAllocs()
	for b.Loop() {
		res, err := migrate.Run(ctx, cfg)
		if err != nil {
			b.Fatal(err)
		}
		if n := res.Applied(); n != 0 {
			b.Fatalf("applied %d migrations, want 0", n)
		}
	}
}

// boot1000 holds the scripts of bootScripts("core", 1000), embedded.
//
//go:embed testdata/boot1000
var boot1000 embed.FS

// benchMigrator calls Migrate on a Migrator built once: the boot without
// reading the sources (a connection, the read, the checks).
func benchMigrator(b *testing.B, f *bootFixture) {
	ctx := b.Context()
	m, err := migrate.New(migrate.Config{DatabaseURL: f.url, Modules: f.modules})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		res, err := m.Migrate(ctx)
		if err != nil || res.Applied() != 0 {
			b.Fatalf("applied %d migrations (%v), want 0", res.Applied(), err)
		}
	}
}

// BenchmarkNew measures resolving 1,000 small embedded migration files:
// discovery, names, reading each file once and its checksum. New touches
// no database.
func BenchmarkNew(b *testing.B) {
	fsys, err := fs.Sub(boot1000, "testdata/boot1000")
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for name, f := range bootScripts("core", 1000) {
		data, err := fs.ReadFile(fsys, name)
		if err != nil || !bytes.Equal(data, f.Data) {
			b.Fatalf("testdata/boot1000/%s differs from bootScripts: regenerate it", name)
		}
		size += int64(len(data))
	}
	cfg := migrate.Config{Modules: []migrate.Module{{Name: "core", Scripts: fsys}}}
	b.Run("files=1000", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := migrate.New(cfg); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkChecksum measures Checksum alone over the same 1,000 files.
func BenchmarkChecksum(b *testing.B) {
	fsys := bootScripts("core", 1000)
	var size int64
	for _, f := range fsys {
		size += int64(len(f.Data))
	}
	b.Run("files=1000", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, f := range fsys {
				if _, err := migrate.Checksum(bytes.NewReader(f.Data)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// bootFixture is a database whose modules have every migration applied.
type bootFixture struct {
	url     string
	modules []migrate.Module
	tables  []string // status tables, in the order of modules
	rows    int      // status rows in all tables
}

// lazyFixture builds its database on first use, in whichever sub-benchmark
// comes first, and drops it when owner ends, so that a benchmark and its
// floor share one database and a -bench filter builds only what it runs.
type lazyFixture struct {
	owner   *testing.B
	modules []string
	n       int
	fx      *bootFixture
}

// get returns the fixture, building it if needed. Sub-benchmarks run one at
// a time, so no lock is needed.
func (l *lazyFixture) get(b *testing.B) *bootFixture {
	b.Helper()
	if l.fx == nil {
		l.fx = newBootFixture(ownedBy{B: b, owner: l.owner}, l.modules, l.n)
	}
	return l.fx
}

// ownedBy is b with its cleanups deferred to the end of owner.
type ownedBy struct {
	*testing.B
	owner *testing.B
}

func (o ownedBy) Cleanup(f func()) { o.owner.Cleanup(f) }

// newBootFixture creates a database with n migrations per module, all of
// them recorded as applied, and checks that Run agrees.
func newBootFixture(tb testing.TB, modules []string, n int) *bootFixture {
	tb.Helper()
	ctx := context.Background()
	start := time.Now()
	f := &bootFixture{url: pgtest.NewDatabase(tb)}
	conn, err := pgx.Connect(ctx, f.url)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, name := range modules {
		table := migrate.DefaultStatusTablePrefix
		if name != "core" {
			table += "_" + name
		}
		fsys := bootScripts(name, n)
		if err := writeStatus(ctx, conn, table, fsys); err != nil {
			tb.Fatalf("status table %s: %v", table, err)
		}
		f.modules = append(f.modules, migrate.Module{Name: name, Scripts: newEmbedLike(fsys)})
		f.tables = append(f.tables, table)
		f.rows += n
	}
	built := time.Since(start)

	res, err := migrate.Run(ctx, migrate.Config{DatabaseURL: f.url, Modules: f.modules})
	if err != nil {
		tb.Fatal(err)
	}
	if got := res.Applied(); got != 0 {
		tb.Fatalf("fixture: Run applied %d migrations, want 0", got)
	}
	tb.Logf("fixture: %d modules × %d applied migrations built in %s", len(modules), n, built.Round(time.Millisecond))
	return f
}

// bootScripts returns n versioned migrations V<i>__t<i>.sql of a module,
// small scripts of 200 to 400 bytes.
func bootScripts(module string, n int) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i := 1; i <= n; i++ {
		t := fmt.Sprintf("%s_t_%d", module, i)
		var s bytes.Buffer
		fmt.Fprintf(&s, "-- %s: table %d of the %s module\n", t, i, module)
		fmt.Fprintf(&s, "CREATE TABLE %s (\n    id bigserial PRIMARY KEY,\n    name text NOT NULL,\n    created timestamptz DEFAULT now()\n);\n", t)
		fmt.Fprintf(&s, "CREATE INDEX %s_name_idx ON %[1]s (name);\n", t)
		if i%2 == 0 {
			fmt.Fprintf(&s, "INSERT INTO %s (name) VALUES ('first row of %[1]s'), ('second row');\n", t)
		}
		fsys[fmt.Sprintf("V%d__t%d.sql", i, i)] = &fstest.MapFile{Data: s.Bytes()}
	}
	return fsys
}

// writeStatus creates table with Flyway's DDL and copies in one successful
// SQL row per migration of fsys, as a Flyway or Runway run would have.
func writeStatus(ctx context.Context, conn *pgx.Conn, table string, fsys fstest.MapFS) error {
	ident := pgx.Identifier{table}.Sanitize()
	ddl := `CREATE TABLE ` + ident + ` (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);
ALTER TABLE ` + ident + ` ADD CONSTRAINT ` + pgx.Identifier{table + "_pk"}.Sanitize() + ` PRIMARY KEY ("installed_rank");
CREATE INDEX ` + pgx.Identifier{table + "_s_idx"}.Sanitize() + ` ON ` + ident + ` ("success");`
	if _, err := conn.Exec(ctx, ddl); err != nil {
		return err
	}
	rows := make([][]any, len(fsys))
	for i := range rows {
		v := strconv.Itoa(i + 1)
		script := "V" + v + "__t" + v + ".sql"
		sum, err := migrate.Checksum(bytes.NewReader(fsys[script].Data))
		if err != nil {
			return err
		}
		rows[i] = []any{int32(i + 1), v, "t" + v, "SQL", script, sum, "postgres", int32(i % 40), true}
	}
	cols := []string{"installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success"}
	_, err := conn.CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rows))
	return err
}

// embedLike serves a MapFS the way embed.FS serves embedded files: the
// directory listing sorted once (fstest.MapFS sorts it on every ReadDir)
// and ReadFile copying the bytes, so that the boot benchmarks measure
// Runway rather than the test file system.
type embedLike struct {
	fstest.MapFS
	root []fs.DirEntry
}

func newEmbedLike(m fstest.MapFS) embedLike {
	root, err := m.ReadDir(".")
	if err != nil {
		panic(err) // a flat MapFS always lists
	}
	return embedLike{MapFS: m, root: root}
}

func (e embedLike) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == "." {
		return slices.Clone(e.root), nil
	}
	return e.MapFS.ReadDir(name)
}

// Stat answers for the root without listing it (fstest.MapFS lists and
// sorts every entry to stat "."), as embed.FS does.
func (e embedLike) Stat(name string) (fs.FileInfo, error) {
	if name == "." {
		return rootInfo{}, nil
	}
	return e.MapFS.Stat(name)
}

// rootInfo describes the root directory.
type rootInfo struct{}

func (rootInfo) Name() string       { return "." }
func (rootInfo) Size() int64        { return 0 }
func (rootInfo) Mode() fs.FileMode  { return fs.ModeDir | 0o555 }
func (rootInfo) ModTime() time.Time { return time.Time{} }
func (rootInfo) IsDir() bool        { return true }
func (rootInfo) Sys() any           { return nil }

func (e embedLike) ReadFile(name string) ([]byte, error) {
	if f := e.MapFS[name]; f != nil {
		return slices.Clone(f.Data), nil
	}
	return e.MapFS.ReadFile(name)
}
