package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	gm "github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/pgx/v5" // the pgx5:// driver
	"github.com/golang-migrate/migrate/v4/source/iofs"
	"github.com/jackc/pgx/v5"
	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx", for goose
	tern "github.com/jackc/tern/v2/migrate"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	"github.com/runwaydb/migrate"
)

// tool is one migrator, or one floor, as the benchmark runs it.
type tool struct {
	name   string
	format format // its file format; nil for the floors
	locks  bool   // takes a lock, so it is run in the concurrent boot
	copy   bool   // can run a COPY … FROM STDIN script
	// run is a complete fresh call, as an application makes at boot: it
	// connects, reads its files in dir, applies what is pending and closes.
	run func(ctx context.Context, url, dir string) error
}

// Tool and floor names, as the -tools flag and the tables spell them.
const (
	nameRunway    = "runway"
	nameGoose     = "goose"
	nameGM        = "golang-migrate"
	nameTern      = "tern"
	namePsql      = "floor: psql"
	nameRoundTrip = "floor: 1 round trip"
	// nameFlywayRow is the round-trip floor writing Flyway's status row
	// (ten columns, a primary key and an index) instead of a minimal one:
	// what a Flyway-compatible migrator cannot do without.
	nameFlywayRow = "floor: 1 round trip, Flyway's row"
)

// peerTools returns the migrators, Runway first.
func peerTools() []*tool {
	return []*tool{
		{name: nameRunway, format: flywayFormat, locks: true, copy: true, run: runRunway},
		{name: nameGoose, format: gooseFormat, locks: true, run: runGoose},
		{name: nameGM, format: gmFormat, locks: true, run: runGM},
		{name: nameTern, format: ternFormat, locks: true, run: runTern},
	}
}

// floorTools returns the apply floors. psql runs dir/all.sql; the round
// trip floors read the Flyway-named files of dir.
func floorTools() []*tool {
	return []*tool{
		{name: namePsql, copy: true, run: runPsql},
		{name: nameRoundTrip, run: runRoundTrip},
		{name: nameFlywayRow, run: runFlywayRow},
	}
}

// runwayConfig is the configuration of one module "core" read from dir.
func runwayConfig(url, dir string) migrate.Config {
	return migrate.Config{DatabaseURL: url, Modules: []migrate.Module{{Name: "core", Scripts: os.DirFS(dir)}}}
}

func runRunway(ctx context.Context, url, dir string) error {
	_, err := migrate.Run(ctx, runwayConfig(url, dir))
	return err
}

// runGoose uses goose's Provider API with the Postgres session locker.
func runGoose(ctx context.Context, url, dir string) error {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return err
	}
	defer db.Close()
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, os.DirFS(dir), goose.WithSessionLocker(locker))
	if err != nil {
		return err
	}
	_, err = p.Up(ctx)
	return err
}

// runGM uses golang-migrate with the iofs source and the pgx/v5 driver.
func runGM(ctx context.Context, url, dir string) (err error) {
	src, err := iofs.New(os.DirFS(dir), ".")
	if err != nil {
		return err
	}
	m, err := gm.NewWithSourceInstance("iofs", src, "pgx5://"+strings.TrimPrefix(url, "postgres://"))
	if err != nil {
		return err
	}
	defer func() {
		srcErr, dbErr := m.Close()
		err = errors.Join(err, srcErr, dbErr)
	}()
	if err := m.Up(); err != nil && !errors.Is(err, gm.ErrNoChange) {
		return err
	}
	return nil
}

// runTern uses tern's Migrator on one pgx connection.
func runTern(ctx context.Context, url, dir string) error {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	m, err := tern.NewMigrator(ctx, conn, "schema_version")
	if err != nil {
		return err
	}
	if err := m.LoadMigrations(os.DirFS(dir)); err != nil {
		return err
	}
	return m.Migrate(ctx)
}

// runPsql runs dir/all.sql with psql: the scripts with nothing around them
// but one transaction each (BEGIN and COMMIT are in the file).
func runPsql(ctx context.Context, url, dir string) error {
	_, err := psqlCommand(ctx, url, filepath.Join(dir, "all.sql")).run()
	return err
}

// psqlCommand runs file with psql, stopping at the first error and
// discarding the output. Extra arguments go before the file.
func psqlCommand(ctx context.Context, url, file string, args ...string) *child {
	args = append([]string{"-X", "-q", "-v", "ON_ERROR_STOP=1", "-o", "/dev/null", "-d", url}, args...)
	return &child{cmd: exec.CommandContext(ctx, "psql", append(args, "-f", file)...)}
}

// runRoundTrip is the least a migrator can do: one connection, and per
// migration its file read and one simple-protocol round trip holding the
// transaction, the script and the insert of its status row.
func runRoundTrip(ctx context.Context, url, dir string) error {
	const ddl = `CREATE TABLE IF NOT EXISTS floor_status (version int PRIMARY KEY, script text NOT NULL,
		installed_on timestamp NOT NULL DEFAULT now(), success boolean NOT NULL)`
	return roundTrip(ctx, url, dir, ddl, func(i int, name string) string {
		return "INSERT INTO floor_status (version, script, success) VALUES (" + strconv.Itoa(i) + ", '" + name + "', true)"
	})
}

// runFlywayRow is runRoundTrip with Flyway's status table and row, as
// Runway writes them (installed_rank known, the execution time measured in
// SQL), and nothing else: no lock, no guard, no session restore.
func runFlywayRow(ctx context.Context, url, dir string) error {
	const ddl = `CREATE TABLE floor_status (installed_rank INT NOT NULL, version VARCHAR(50),
		description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INTEGER,
		installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(), execution_time INTEGER NOT NULL,
		success BOOLEAN NOT NULL);
	ALTER TABLE floor_status ADD CONSTRAINT floor_status_pk PRIMARY KEY (installed_rank);
	CREATE INDEX floor_status_s_idx ON floor_status (success)`
	return roundTrip(ctx, url, dir, ddl, func(i int, name string) string {
		return fmt.Sprintf(`INSERT INTO floor_status (installed_rank, version, description, type, script, checksum, installed_by,
			installed_on, execution_time, success) VALUES (%d, '%[1]d', 't%[1]d', 'SQL', '%s', %d, current_user, now(),
			(extract(epoch FROM clock_timestamp() - transaction_timestamp()) * 1000)::int, true)`, i, name, -i)
	})
}

// roundTrip creates the status table with ddl, then applies each
// migration of dir in one round trip with the status row insert(i, name).
func roundTrip(ctx context.Context, url, dir, ddl string, insert func(i int, name string) string) error {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.PgConn().Exec(ctx, ddl).ReadAll(); err != nil {
		return err
	}
	for i := 1; ; i++ {
		name := fmt.Sprintf("V%d__t%[1]d.sql", i)
		body, err := os.ReadFile(filepath.Join(dir, name))
		if errors.Is(err, os.ErrNotExist) {
			return nil
		} else if err != nil {
			return err
		}
		q := "BEGIN;\n" + string(body) + "\n" + insert(i, name) + ";\nCOMMIT;"
		if _, err := conn.PgConn().Exec(ctx, q).ReadAll(); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
}
