package migrate_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// This file checks that Runway takes over a status table written by
// Flyway 4+ and writes rows Flyway 4+ would write itself (spec §1, §2, §5).
// Everything Flyway would store is computed here from the spec, never with
// the library's own helpers.

// fwChecksum is the checksum Flyway 4+ stores for an SQL script (spec
// §2): the CRC-32 of its lines without terminators, a leading BOM dropped,
// as an int32. For UTF-8 text that is the file without its BOM and without
// any CR or LF byte.
func fwChecksum(b []byte) int32 {
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	b = bytes.ReplaceAll(b, []byte("\r"), nil)
	b = bytes.ReplaceAll(b, []byte("\n"), nil)
	return int32(crc32.ChecksumIEEE(b))
}

// fwFileChecksum is fwChecksum of a file in fsys.
func fwFileChecksum(t *testing.T, fsys fs.FS, name string) int32 {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	require.NoError(t, err)
	return fwChecksum(b)
}

// fwLockKey is the advisory lock key Flyway takes for a status table
// (spec §5): 0x466C79776179 plus the Java String.hashCode of the quoted,
// schema-qualified table name.
func fwLockKey(qualified string) int64 {
	var h int32
	for _, u := range utf16.Encode([]rune(qualified)) {
		h = 31*h + int32(u)
	}
	return 0x466C79776179 + int64(h)
}

// fwTestdata returns a directory under testdata as a module's Scripts.
func fwTestdata(dir string) fs.FS { return os.DirFS("testdata/" + dir) }

// fwExecScript runs an SQL file of fsys on the test database, as Flyway did
// before Runway took over (PostgreSQL does not accept the BOM).
func fwExecScript(t *testing.T, b *bundle, fsys fs.FS, name string) {
	t.Helper()
	body, err := fs.ReadFile(fsys, name)
	require.NoError(t, err)
	_, err = b.pool.Exec(t.Context(), strings.TrimPrefix(string(body), "\uFEFF"))
	require.NoError(t, err, name)
}

// fwCreateTable creates a status table with the DDL Flyway 4+ uses on
// PostgreSQL (spec §1), in public.
func fwCreateTable(t *testing.T, b *bundle, table string) {
	t.Helper()
	_, err := b.pool.Exec(t.Context(), flywayTableDDL("public", table))
	require.NoError(t, err)
}

// flywayTableDDL is the DDL Flyway 4+ creates a status table with on
// PostgreSQL (spec §1).
func flywayTableDDL(schema, table string) string {
	name := pgx.Identifier{schema, table}.Sanitize()
	return `CREATE TABLE ` + name + ` (
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
ALTER TABLE ` + name + ` ADD CONSTRAINT ` + pgx.Identifier{table + "_pk"}.Sanitize() + ` PRIMARY KEY ("installed_rank");
CREATE INDEX ` + pgx.Identifier{table + "_s_idx"}.Sanitize() + ` ON ` + name + ` ("success")`
}

// fwLayout is what fwTableLayout reports for a table Flyway 4+
// created (spec §1).
func fwLayout(table string) []string {
	return []string{
		"column installed_rank integer NOT NULL",
		"column version character varying(50) NULL",
		"column description character varying(200) NOT NULL",
		"column type character varying(20) NOT NULL",
		"column script character varying(1000) NOT NULL",
		"column checksum integer NULL",
		"column installed_by character varying(100) NOT NULL",
		"column installed_on timestamp without time zone NOT NULL DEFAULT now()",
		"column execution_time integer NOT NULL",
		"column success boolean NOT NULL",
		"constraint " + table + "_pk PRIMARY KEY (installed_rank)",
		"index " + table + "_pk UNIQUE (installed_rank)",
		"index " + table + "_s_idx (success)",
	}
}

// fwTableLayout describes the DDL of a table in public: its columns in
// order, its constraints other than NOT NULL, and its indexes.
func fwTableLayout(t *testing.T, b *bundle, table string) []string {
	t.Helper()
	rows, err := b.pool.Query(t.Context(), `
SELECT 'column ' || column_name || ' ' || data_type
       || coalesce('(' || character_maximum_length || ')', '')
       || CASE is_nullable WHEN 'YES' THEN ' NULL' ELSE ' NOT NULL' END
       || coalesce(' DEFAULT ' || column_default, '')
FROM information_schema.columns
WHERE table_schema = 'public' AND table_name = $1
ORDER BY ordinal_position`, table)
	require.NoError(t, err)
	layout, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)

	rows, err = b.pool.Query(t.Context(), `
SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid)
FROM pg_constraint
WHERE conrelid = to_regclass(quote_ident('public') || '.' || quote_ident($1)) AND contype <> 'n'
ORDER BY conname`, table)
	require.NoError(t, err)
	constraints, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)

	rows, err = b.pool.Query(t.Context(), `
SELECT 'index ' || i.relname || CASE WHEN x.indisunique THEN ' UNIQUE' ELSE '' END
       || ' (' || pg_get_indexdef(x.indexrelid, 1, true)
       || coalesce((SELECT string_agg(pg_get_indexdef(x.indexrelid, k, true), ', ' ORDER BY k)
                    FROM generate_series(2, x.indnatts) k), '') || ')'
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
WHERE x.indrelid = to_regclass(quote_ident('public') || '.' || quote_ident($1))
ORDER BY i.relname`, table)
	require.NoError(t, err)
	indexes, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	return append(append(layout, constraints...), indexes...)
}

// fwStates returns "rank|category|version|description|type|state" for every
// migration of a module's info.
func fwStates(s migrate.ModuleStatus) []string {
	var out []string
	for _, m := range s.Migrations {
		out = append(out, fmt.Sprintf("%d|%s|%s|%s|%s|%s", m.InstalledRank, m.Category, m.Version, m.Description, m.Type, m.State))
	}
	return out
}

// fwLogLines returns the JSON log lines Run wrote into b.logs.
func fwLogLines(t *testing.T, b *bundle) []map[string]any {
	t.Helper()
	var out []map[string]any
	for l := range bytes.SplitSeq(bytes.TrimSpace(b.logs.Bytes()), []byte("\n")) {
		var m map[string]any
		require.NoError(t, json.Unmarshal(l, &m), string(l))
		out = append(out, m)
	}
	return out
}

// fwPopulateCategories is myplaces' Java migration V1_0_2__PopulateCategories
// rewritten as a Go step: it records the Java class name as its script, as
// Flyway did, so that the rows match.
func fwPopulateCategories() migrate.Step {
	return migrate.Step{
		Version:     "1.0.2",
		Description: "PopulateCategories",
		Script:      "flyway.myplaces.V1_0_2__PopulateCategories",
		Up: func(ctx context.Context, tx pgx.Tx) error {
			_, err := tx.Exec(ctx, `INSERT INTO categories (category_name, "default") VALUES ('My places', true)`)
			return err
		},
	}
}

// TestFlywayTableIsTakenOver: a myplaces status table exactly as Flyway 4+
// leaves it (Oskari's 0.1 baseline, SQL rows, a Java migration, a version
// marked deleted by repair) validates, and Run applies only the new script,
// continuing the ranks.
func TestFlywayTableIsTakenOver(t *testing.T) {
	t.Parallel()
	b := setup(t)
	const table = "oskari_status_myplaces"
	scripts := fwTestdata("flyway4/myplaces")

	// What Flyway did: run V1_0, the Java migration 1.0.2, V1_0_5 (a script
	// since removed from the project), V1_1, then repair marked 1.0.5
	// deleted.
	fwCreateTable(t, b, table)
	fwExecScript(t, b, scripts, "V1_0__create_my_places.sql")
	_, err := b.pool.Exec(t.Context(), `INSERT INTO categories (category_name, "default") VALUES ('My places', true)`)
	require.NoError(t, err)
	fwExecScript(t, b, scripts, "V1_1__add_place_style.sql")
	removed := fwChecksum([]byte("DROP TABLE IF EXISTS my_places_old;\n"))
	_, err = b.pool.Exec(t.Context(), `
INSERT INTO oskari_status_myplaces (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) VALUES
  (1, '0.1',   '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>',                      NULL, 'oskari', '2019-03-11 10:15:02.113', 0,  true),
  (2, '1.0',   'create my places',      'SQL',      'V1_0__create_my_places.sql',                 $1,   'oskari', '2019-03-11 10:15:02.402', 87, true),
  (3, '1.0.2', 'PopulateCategories',    'JDBC',     'flyway.myplaces.V1_0_2__PopulateCategories', NULL, 'oskari', '2019-03-11 10:15:02.561', 12, true),
  (4, '1.0.5', 'drop old places',       'SQL',      'V1_0_5__drop_old_places.sql',                $2,   'oskari', '2020-09-30 08:01:44.907', 5,  true),
  (5, '1.1',   'add place style',       'SQL',      'V1_1__add_place_style.sql',                  $3,   'oskari', '2021-02-01 07:30:12.020', 9,  true);
`, fwFileChecksum(t, scripts, "V1_0__create_my_places.sql"), removed, fwFileChecksum(t, scripts, "V1_1__add_place_style.sql"))
	require.NoError(t, err)
	_, err = b.pool.Exec(t.Context(), `
INSERT INTO oskari_status_myplaces (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
SELECT 6, version, description, 'DELETE', script, checksum, 'oskari', 0, success FROM oskari_status_myplaces WHERE installed_rank = 4`)
	require.NoError(t, err)
	before := b.rows(t, table)

	mod := migrate.Module{Name: "myplaces", Scripts: scripts, Steps: []migrate.Step{fwPopulateCategories()}}
	cfg := b.config(mod)

	info, err := runInfo(t.Context(), cfg)
	require.NoError(t, err)
	require.Len(t, info, 1)
	require.Equal(t, "1.1", info[0].Version)
	require.Equal(t, []string{
		"1|Baseline|0.1|<< Flyway Baseline >>|BASELINE|Baseline",
		"2|Versioned|1.0|create my places|SQL|Success",
		"3|Versioned|1.0.2|PopulateCategories|JDBC|Success",
		"4|Versioned|1.0.5|drop old places|SQL|Deleted",
		"5|Versioned|1.1|add place style|SQL|Success",
		"0|Versioned|1.2|Add-category index|SQL|Pending",
	}, fwStates(info[0]))

	// Validation finds nothing wrong but the pending script.
	validateCfg := cfg
	validateCfg.IgnoreMigrationPatterns = []string{"*:pending"}
	require.NoError(t, runValidate(t.Context(), validateCfg))

	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Len(t, res.Modules, 1)
	require.Equal(t, "1.2", res.Modules[0].Version)
	require.Len(t, res.Modules[0].Applied, 1)
	require.Equal(t, "1.2", res.Modules[0].Applied[0].Version)

	want := append(before, fmt.Sprintf("7|1.2|Add-category index|SQL|V1_2__Add-category_index.sql|%d|true",
		fwFileChecksum(t, scripts, "V1_2__Add-category_index.sql")))
	require.Equal(t, want, b.rows(t, table), "old rows untouched, the new one at max rank + 1")
	require.True(t, b.tableExists(t, "my_places_category_idx"), "V1_2 ran")
	var categories int
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT count(*) FROM categories`).Scan(&categories))
	require.Equal(t, 1, categories, "the Go step that replaces the Java migration did not run again")

	info, err = runInfo(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, "1.2", info[0].Version)
	require.Equal(t, []string{
		"1|Baseline|0.1|<< Flyway Baseline >>|BASELINE|Baseline",
		"2|Versioned|1.0|create my places|SQL|Success",
		"3|Versioned|1.0.2|PopulateCategories|JDBC|Success",
		"4|Versioned|1.0.5|drop old places|SQL|Deleted",
		"5|Versioned|1.1|add place style|SQL|Success",
		"7|Versioned|1.2|Add-category index|SQL|Success",
	}, fwStates(info[0]))
	require.NoError(t, runValidate(t.Context(), cfg))

	// A second boot has nothing to do.
	res, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Zero(t, res.Applied())
	require.Equal(t, "1.2", res.Modules[0].Version)
}

// TestFlywayRoundTrip: on a fresh database, the status table and rows
// Runway writes are those Flyway 4+ writes for the same files and Java
// migrations, column by column.
func TestFlywayRoundTrip(t *testing.T) {
	t.Parallel()
	b := setup(t)
	const table = "oskari_status_myplaces"
	scripts := fwTestdata("flyway4/roundtrip")
	long := "Copy the stroke and fill of every legacy category into the style columns added in 1.1, " +
		"keeping user-defined colours, resetting invalid ones to the defaults, and logging the categories " +
		"that could not be converted for a manual check after the upgrade"
	require.Greater(t, len(long), 200)
	mod := migrate.Module{
		Name:    "myplaces",
		Scripts: scripts,
		Steps: []migrate.Step{
			fwPopulateCategories(),
			{Version: "1.3", Description: long, Script: "flyway.myplaces.V1_3__MigrateStyles",
				Up: func(context.Context, pgx.Tx) error { return nil }},
		},
	}
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, 5, res.Applied())

	// Flyway 4+: version as written with "_" → "." (leading zeros kept),
	// description with "_" → " " ("-" kept), scripts relative to the
	// location with "/", CRC-32 of the lines for SQL and NULL for code
	// migrations, descriptions cut to 197 characters + "...".
	require.Equal(t, []string{
		fmt.Sprintf("1|1.0|create places|SQL|V1_0__create_places.sql|%d|true", fwFileChecksum(t, scripts, "V1_0__create_places.sql")),
		"2|1.0.2|PopulateCategories|JDBC|flyway.myplaces.V1_0_2__PopulateCategories|NULL|true",
		fmt.Sprintf("3|1.1|add place style|SQL|V1_1__add_place_style.sql|%d|true", fwFileChecksum(t, scripts, "V1_1__add_place_style.sql")),
		fmt.Sprintf("4|001.2|Add-category index|SQL|sql/V001_2__Add-category_index.sql|%d|true", fwFileChecksum(t, scripts, "sql/V001_2__Add-category_index.sql")),
		"5|1.3|" + long[:197] + "...|JDBC|flyway.myplaces.V1_3__MigrateStyles|NULL|true",
	}, b.rows(t, table))

	// The columns b.rows does not show: installed_by is current_user,
	// installed_on the server's now(), execution_time milliseconds.
	rows, err := b.pool.Query(t.Context(), `
SELECT installed_rank, installed_by = current_user, execution_time >= 0,
       installed_on <= localtimestamp AND installed_on > localtimestamp - interval '1 hour'
FROM oskari_status_myplaces ORDER BY installed_rank`)
	require.NoError(t, err)
	var checked []string
	for rows.Next() {
		var (
			rank                   int
			byUser, execOK, onTime bool
		)
		require.NoError(t, rows.Scan(&rank, &byUser, &execOK, &onTime))
		checked = append(checked, fmt.Sprintf("%d by current_user=%t execution_time>=0=%t installed_on~now=%t", rank, byUser, execOK, onTime))
	}
	require.NoError(t, rows.Err())
	require.Equal(t, []string{
		"1 by current_user=true execution_time>=0=true installed_on~now=true",
		"2 by current_user=true execution_time>=0=true installed_on~now=true",
		"3 by current_user=true execution_time>=0=true installed_on~now=true",
		"4 by current_user=true execution_time>=0=true installed_on~now=true",
		"5 by current_user=true execution_time>=0=true installed_on~now=true",
	}, checked)

	require.Equal(t, fwLayout(table), fwTableLayout(t, b, table))

	// Runway reads back what it wrote: valid, nothing to do.
	cfg := b.config(mod)
	require.NoError(t, runValidate(t.Context(), cfg))
	res, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Zero(t, res.Applied())
	require.Equal(t, "1.3", res.Modules[0].Version)
}

// TestFlywayTransactionalLockExcludesRunway: Flyway's default lock is
// pg_advisory_xact_lock inside its transaction, Runway's a session lock on
// the same key; each keeps the other out.
func TestFlywayTransactionalLockExcludesRunway(t *testing.T) {
	t.Parallel()
	b := setup(t)
	key := fwLockKey(`"public"."oskari_status_myplaces"`)
	require.EqualValues(t, 77429963639641, key, "spec §5")

	// Flyway is migrating myplaces: its transaction holds the lock.
	flyway, err := pgx.Connect(t.Context(), b.url)
	require.NoError(t, err)
	defer flyway.Close(context.Background())
	tx, err := flyway.Begin(t.Context())
	require.NoError(t, err)
	_, err = tx.Exec(t.Context(), `SELECT pg_advisory_xact_lock($1)`, key)
	require.NoError(t, err)

	// While Runway holds the lock, Flyway's try fails.
	var flywayGotLock *bool
	probe := migrate.Step{
		Version: "1.0.2", Description: "PopulateCategories", Script: "flyway.myplaces.V1_0_2__PopulateCategories",
		Up: func(ctx context.Context, _ pgx.Tx) error {
			return pgx.BeginFunc(ctx, b.pool, func(other pgx.Tx) error {
				var got bool
				err := other.QueryRow(ctx, `SELECT pg_try_advisory_xact_lock($1)`, key).Scan(&got)
				flywayGotLock = &got
				return err
			})
		},
	}
	cfg := b.config(migrate.Module{Name: "myplaces", Scripts: fwTestdata("flyway4/myplaces"), Steps: []migrate.Step{probe}})
	cfg.LockTimeout = 200 * time.Millisecond

	res, err := migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrLockTimeout)
	require.Zero(t, res.Applied())
	require.False(t, b.tableExists(t, "oskari_status_myplaces"), "Runway did nothing without the lock")

	// Flyway commits: its lock goes with the transaction, and Runway runs.
	require.NoError(t, tx.Commit(t.Context()))
	res, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 4, res.Applied())
	require.NotNil(t, flywayGotLock, "the probe step ran")
	require.False(t, *flywayGotLock, "Flyway's pg_try_advisory_xact_lock must fail while Runway migrates")
}

// TestFlywayRoundTripCreatedSchema: when the status table's schema does
// not exist, Flyway creates it and records that with a SCHEMA row at rank
// 0 (spec §1, "schema creation"; its clean drops such a schema again).
// Runway creates the schema too, so it must write the same row.
func TestFlywayRoundTripCreatedSchema(t *testing.T) {
	t.Parallel()
	b := setup(t)
	scripts := fwTestdata("flyway4/myplaces")
	cfg := b.config(migrate.Module{Name: "myplaces", Scripts: scripts, Steps: []migrate.Step{fwPopulateCategories()}})
	cfg.Schema = "myplaces"
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)

	rows, err := b.pool.Query(t.Context(), `
SELECT installed_rank || '|' || coalesce(version, '') || '|' || description || '|' || type || '|' || script
       || '|' || coalesce(checksum::text, 'NULL') || '|' || success
FROM myplaces.oskari_status_myplaces ORDER BY installed_rank`)
	require.NoError(t, err)
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	require.Equal(t, []string{
		`0||<< Flyway Schema Creation >>|SCHEMA|"myplaces"|NULL|true`,
		fmt.Sprintf("1|1.0|create my places|SQL|V1_0__create_my_places.sql|%d|true", fwFileChecksum(t, scripts, "V1_0__create_my_places.sql")),
		"2|1.0.2|PopulateCategories|JDBC|flyway.myplaces.V1_0_2__PopulateCategories|NULL|true",
		fmt.Sprintf("3|1.1|add place style|SQL|V1_1__add_place_style.sql|%d|true", fwFileChecksum(t, scripts, "V1_1__add_place_style.sql")),
		fmt.Sprintf("4|1.2|Add-category index|SQL|V1_2__Add-category_index.sql|%d|true", fwFileChecksum(t, scripts, "V1_2__Add-category_index.sql")),
	}, got)
}
