package migrate_test

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// This file checks that Runway takes over a status table Flyway 3 wrote
// (spec §1 "Flyway 3 layout", §2 "Flyway 3.x"): the version_rank layout,
// an INIT baseline and checksums of the raw file bytes.

// legacyTable is the analysis module's status table.
const legacyTable = "oskari_status_analysis"

// legacyScript is a script of testdata/flyway3 that Flyway 3 applied.
type legacyScript struct {
	rank        int
	version     string
	description string
	script      string
	// crlf: the project was packaged on Windows, so Flyway 3 saw the file
	// with CRLF line endings; otherwise the raw bytes as in the repository.
	crlf bool
}

// legacyScripts are the scripts Flyway 3 applied, after the INIT row.
// testdata/flyway3 also holds V1_3__add_override_sld.sql, which is new.
func legacyScripts() []legacyScript {
	return []legacyScript{
		{2, "1.0", "create analysis", "V1_0__create_analysis.sql", false},              // BOM, raw bytes
		{3, "1.1", "add analysis style", "V1_1__add_analysis_style.sql", true},         // LF in git, CRLF packaged
		{4, "1.2", "Populate default style", "V1_2__Populate_default_style.sql", true}, // no final newline
	}
}

// legacyChecksum is what Flyway 3 stored for a script (spec §2): the
// CRC-32 of the bytes as packaged, with every lone LF turned into CRLF when
// packaged on Windows.
func legacyChecksum(b []byte, crlf bool) int32 {
	if crlf {
		var w bytes.Buffer
		for i, c := range b {
			if c == '\n' && (i == 0 || b[i-1] != '\r') {
				w.WriteByte('\r')
			}
			w.WriteByte(c)
		}
		b = w.Bytes()
	}
	return int32(crc32.ChecksumIEEE(b))
}

// legacyCreateTable creates the analysis status table as Flyway 3 did on
// PostgreSQL, with an INIT row at 0.1 and a row per legacyScripts with
// Flyway 3 checksums, and runs those scripts. It returns the Flyway 4
// checksum of each script by version.
func legacyCreateTable(t *testing.T, b *bundle, scripts fs.FS) map[string]int32 {
	t.Helper()
	_, err := b.pool.Exec(t.Context(), `
CREATE TABLE "public"."oskari_status_analysis" (
    "version_rank" INT NOT NULL,
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50) NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);
ALTER TABLE "public"."oskari_status_analysis" ADD CONSTRAINT "oskari_status_analysis_pk" PRIMARY KEY ("version");
CREATE INDEX "oskari_status_analysis_vr_idx" ON "public"."oskari_status_analysis" ("version_rank");
CREATE INDEX "oskari_status_analysis_ir_idx" ON "public"."oskari_status_analysis" ("installed_rank");
CREATE INDEX "oskari_status_analysis_s_idx" ON "public"."oskari_status_analysis" ("success");
INSERT INTO "public"."oskari_status_analysis" VALUES
  (1, 1, '0.1', '<< Flyway Init >>', 'INIT', '<< Flyway Init >>', NULL, 'oskari', '2015-06-02 09:12:44.51', 0, true);
`)
	require.NoError(t, err)

	flyway4 := map[string]int32{}
	for _, s := range legacyScripts() {
		body, err := fs.ReadFile(scripts, s.script)
		require.NoError(t, err)
		old, current := legacyChecksum(body, s.crlf), fwChecksum(body)
		require.NotEqual(t, current, old, "%s: a Flyway 3 checksum that is also the Flyway 4 one proves nothing", s.script)
		flyway4[s.version] = current
		_, err = b.pool.Exec(t.Context(), `INSERT INTO oskari_status_analysis VALUES ($1, $1, $2, $3, 'SQL', $4, $5, 'oskari', '2015-06-02 09:12:45', 40, true)`,
			s.rank, s.version, s.description, s.script, old)
		require.NoError(t, err)
		fwExecScript(t, b, scripts, s.script)
	}
	return flyway4
}

// legacyLayout is what fwTableLayout reports for the table
// legacyCreateTable makes.
func legacyLayout() []string {
	return []string{
		"column version_rank integer NOT NULL",
		"column installed_rank integer NOT NULL",
		"column version character varying(50) NOT NULL",
		"column description character varying(200) NOT NULL",
		"column type character varying(20) NOT NULL",
		"column script character varying(1000) NOT NULL",
		"column checksum integer NULL",
		"column installed_by character varying(100) NOT NULL",
		"column installed_on timestamp without time zone NOT NULL DEFAULT now()",
		"column execution_time integer NOT NULL",
		"column success boolean NOT NULL",
		"constraint oskari_status_analysis_pk PRIMARY KEY (version)",
		"index oskari_status_analysis_ir_idx (installed_rank)",
		"index oskari_status_analysis_pk UNIQUE (version)",
		"index oskari_status_analysis_s_idx (success)",
		"index oskari_status_analysis_vr_idx (version_rank)",
	}
}

// legacyModule is the analysis module over testdata/flyway3.
func legacyModule() migrate.Module {
	return migrate.Module{Name: "analysis", Scripts: fwTestdata("flyway3")}
}

// legacyColumnExists reports whether table in public has the column.
func legacyColumnExists(t *testing.T, b *bundle, table, column string) bool {
	t.Helper()
	var ok bool
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT EXISTS (SELECT FROM information_schema.columns
		WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2)`, table, column).Scan(&ok))
	return ok
}

// TestLegacyFlyway3TableIsUpgraded: Run upgrades a Flyway 3 table in place
// as Flyway 4 does, rewrites the Flyway 3 checksums, then applies only the
// new script.
func TestLegacyFlyway3TableIsUpgraded(t *testing.T) {
	t.Parallel()
	b := setup(t)
	scripts := fwTestdata("flyway3")
	sums := legacyCreateTable(t, b, scripts)

	res, err := migrate.Run(t.Context(), b.config(legacyModule()))
	require.NoError(t, err)
	require.Len(t, res.Modules, 1)
	require.Len(t, res.Modules[0].Applied, 1)
	require.Equal(t, "1.3", res.Modules[0].Applied[0].Version)
	require.Equal(t, "1.3", res.Modules[0].Version)
	require.True(t, legacyColumnExists(t, b, "analysis", "override_sld"), "V1_3 ran")

	// The Flyway 4+ layout: version_rank and its indexes gone, the primary
	// key on installed_rank, version nullable.
	require.Equal(t, fwLayout(legacyTable), fwTableLayout(t, b, legacyTable))
	// INIT is BASELINE, the checksums are Flyway 4's, the new row comes next.
	require.Equal(t, []string{
		"1|0.1|<< Flyway Init >>|BASELINE|<< Flyway Init >>|NULL|true",
		fmt.Sprintf("2|1.0|create analysis|SQL|V1_0__create_analysis.sql|%d|true", sums["1.0"]),
		fmt.Sprintf("3|1.1|add analysis style|SQL|V1_1__add_analysis_style.sql|%d|true", sums["1.1"]),
		fmt.Sprintf("4|1.2|Populate default style|SQL|V1_2__Populate_default_style.sql|%d|true", sums["1.2"]),
		fmt.Sprintf("5|1.3|add override sld|SQL|V1_3__add_override_sld.sql|%d|true", fwFileChecksum(t, scripts, "V1_3__add_override_sld.sql")),
	}, b.rows(t, legacyTable))

	// The upgrade is logged, naming the table.
	var upgrade map[string]any
	for _, l := range fwLogLines(t, b) {
		if msg, _ := l["msg"].(string); strings.Contains(msg, "Flyway 3") {
			upgrade = l
		}
	}
	require.NotNil(t, upgrade, "no log line about the Flyway 3 upgrade in:\n%s", b.logs)
	require.Contains(t, []any{"INFO", "WARN"}, upgrade["level"], "an operator sees it")
	require.Equal(t, "analysis", upgrade["module"])
	require.Contains(t, fmt.Sprint(upgrade), legacyTable)

	// A second boot finds a valid Flyway 4+ table and nothing to do.
	b.logs.Reset()
	res, err = migrate.Run(t.Context(), b.config(legacyModule()))
	require.NoError(t, err)
	require.Zero(t, res.Applied())
	require.NotContains(t, b.logs.String(), "Flyway 3")
}

// TestLegacyFlyway3TableRefused: with LegacyRefuse, Run fails naming the
// option and leaves the table as Flyway 3 left it.
func TestLegacyFlyway3TableRefused(t *testing.T) {
	t.Parallel()
	b := setup(t)
	legacyCreateTable(t, b, fwTestdata("flyway3"))
	rows := b.rows(t, legacyTable)

	cfg := b.config(legacyModule())
	cfg.LegacyTables = migrate.LegacyRefuse
	res, err := migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrLegacyTable)
	require.Contains(t, err.Error(), "LegacyTables")
	require.Zero(t, res.Applied())

	require.Equal(t, legacyLayout(), fwTableLayout(t, b, legacyTable))
	require.Equal(t, rows, b.rows(t, legacyTable))
	require.False(t, legacyColumnExists(t, b, "analysis", "override_sld"), "V1_3 must not run")
}

// TestLegacyFlyway3InfoAndValidate: Info and Validate read a Flyway 3 table
// as it is, accept its checksums, show INIT as the baseline and change
// nothing.
func TestLegacyFlyway3InfoAndValidate(t *testing.T) {
	t.Parallel()
	b := setup(t)
	legacyCreateTable(t, b, fwTestdata("flyway3"))
	rows := b.rows(t, legacyTable)
	cfg := b.config(legacyModule())

	info, err := runInfo(t.Context(), cfg)
	require.NoError(t, err)
	require.Len(t, info, 1)
	require.True(t, info[0].Exists)
	require.Equal(t, "1.2", info[0].Version)
	require.Equal(t, []string{
		"1|Baseline|0.1|<< Flyway Init >>|INIT|Baseline",
		"2|Versioned|1.0|create analysis|SQL|Success",
		"3|Versioned|1.1|add analysis style|SQL|Success",
		"4|Versioned|1.2|Populate default style|SQL|Success",
		"0|Versioned|1.3|add override sld|SQL|Pending",
	}, fwStates(info[0]))

	// The raw-bytes and CRLF checksums match their files: the only finding
	// is the pending script.
	err = runValidate(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrPendingMigration)
	require.NotErrorIs(t, err, migrate.ErrChecksumMismatch)
	require.Contains(t, err.Error(), "V1_3__add_override_sld.sql")
	cfg.IgnoreMigrationPatterns = []string{"*:pending"}
	require.NoError(t, runValidate(t.Context(), cfg))

	// A script edited since Flyway 3 ran it matches none of the variants.
	edited := fstest.MapFS{}
	for _, s := range legacyScripts() {
		body, err := fs.ReadFile(fwTestdata("flyway3"), s.script)
		require.NoError(t, err)
		edited[s.script] = &fstest.MapFile{Data: body}
	}
	edited["V1_1__add_analysis_style.sql"].Data = bytes.Replace(edited["V1_1__add_analysis_style.sql"].Data,
		[]byte("dot_size integer"), []byte("dot_size smallint"), 1)
	cfg.Modules = []migrate.Module{{Name: "analysis", Scripts: edited}}
	err = runValidate(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrChecksumMismatch)
	require.Contains(t, err.Error(), "analysis: V1_1__add_analysis_style.sql: checksum mismatch for version 1.1")

	// Read-only: still Flyway 3's table.
	require.Equal(t, legacyLayout(), fwTableLayout(t, b, legacyTable))
	require.Equal(t, rows, b.rows(t, legacyTable))
}

// TestLegacyFlyway3UpgradeLockedAndAtomic: the upgrade waits for the
// module's lock and is one transaction: a failure leaves the table as it
// was.
func TestLegacyFlyway3UpgradeLockedAndAtomic(t *testing.T) {
	t.Parallel()
	t.Run("waits for the lock", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		legacyCreateTable(t, b, fwTestdata("flyway3"))
		rows := b.rows(t, legacyTable)

		holder, err := pgx.Connect(t.Context(), b.url)
		require.NoError(t, err)
		defer holder.Close(t.Context())
		_, err = holder.Exec(t.Context(), `SELECT pg_advisory_lock($1)`, fwLockKey(`"public"."oskari_status_analysis"`))
		require.NoError(t, err)

		cfg := b.config(legacyModule())
		cfg.LockTimeout = 200 * time.Millisecond
		_, err = migrate.Run(t.Context(), cfg)
		require.ErrorIs(t, err, migrate.ErrLockTimeout)
		require.Equal(t, legacyLayout(), fwTableLayout(t, b, legacyTable))
		require.Equal(t, rows, b.rows(t, legacyTable))
	})
	t.Run("fails as a whole", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		legacyCreateTable(t, b, fwTestdata("flyway3"))
		rows := b.rows(t, legacyTable)
		// A report view on version_rank: the column cannot be dropped, after
		// the indexes were.
		_, err := b.pool.Exec(t.Context(), `CREATE VIEW analysis_history AS SELECT version_rank, version, installed_on FROM oskari_status_analysis`)
		require.NoError(t, err)

		_, err = migrate.Run(t.Context(), b.config(legacyModule()))
		var pgErr *pgconn.PgError
		require.ErrorAs(t, err, &pgErr)
		require.Equal(t, "2BP01", pgErr.Code, "dependent_objects_still_exist: %v", err)
		require.Equal(t, legacyLayout(), fwTableLayout(t, b, legacyTable))
		require.Equal(t, rows, b.rows(t, legacyTable))
		require.False(t, legacyColumnExists(t, b, "analysis", "override_sld"), "V1_3 must not run")
	})
}
