package migrate

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
)

// Descriptions Flyway gives its marker rows.
const (
	baselineMarker = "<< Flyway Baseline >>"
	schemaMarker   = "<< Flyway Schema Creation >>"
)

// statusTable names a module's status table.
type statusTable struct {
	schema, name string
}

// ident returns the quoted, schema-qualified name: "public"."oskari_status".
func (t statusTable) ident() string { return pgx.Identifier{t.schema, t.name}.Sanitize() }

// appliedRow is one row of a status table.
type appliedRow struct {
	rank          int
	version       *string // NULL for repeatables and schema rows
	description   string
	typ           MigrationType
	script        string
	checksum      *int32
	installedBy   string
	installedOn   time.Time
	executionTime int
	success       bool

	// The parsed version and checksum, before scanRows points version
	// and checksum at copies of them (one block per read, not a value
	// allocated per row).
	versionText   string
	checksumValue int32
	hasVersion    bool
	hasChecksum   bool
}

// statusColumns lists the status table's columns in the order read.
const statusColumns = `installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success`

// statusRead is what one read of a status table found.
type statusRead struct {
	rows   []appliedRow
	exists bool // the table exists
	legacy bool // the table has Flyway 3's layout (a version_rank column)
}

// createStatusTable creates the status table with Flyway's DDL (and its
// schema if missing) in one transaction, and writes the baseline row if
// baseline is set. It is bounded by Config.StatusTimeout.
func (s *session) createStatusTable(ctx context.Context, t statusTable, baseline *baselineRow, installedBy string) error {
	// One implicit transaction: the table exists with its baseline or not at all.
	if _, err := s.pg().Exec(s.q(ctx), bounded(s.bound, createStatusTableSQL(t, baseline, installedBy))).ReadAll(); err != nil {
		err = s.statusBusy(ctx, fmt.Errorf("creating status table %s: %w", t.ident(), err), needCreate, t.schema, t.name)
		return s.fail(err)
	}
	return nil
}

// createStatusTableSQL is the SQL of createStatusTable, statements ending
// in ";\n".
func createStatusTableSQL(t statusTable, baseline *baselineRow, installedBy string) string {
	name := t.ident()
	// CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when
	// the schema exists; an application role often lacks it.
	ddl := `DO $runway$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = ` + quoteLiteral(t.schema) + `) THEN
    EXECUTE ` + quoteLiteral(`CREATE SCHEMA `+pgx.Identifier{t.schema}.Sanitize()) + `;
    PERFORM set_config('runway.schema_created', 'on', true);
  END IF;
EXCEPTION WHEN duplicate_schema OR unique_violation THEN
  NULL; -- created meanwhile by a run of another module
END $runway$;
CREATE TABLE ` + name + ` (
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
ALTER TABLE ` + name + ` ADD CONSTRAINT ` + pgx.Identifier{t.name + "_pk"}.Sanitize() + ` PRIMARY KEY ("installed_rank");
CREATE INDEX ` + pgx.Identifier{t.name + "_s_idx"}.Sanitize() + ` ON ` + name + ` ("success");
`
	// As Flyway: a schema it created is recorded at rank 0, so that a
	// clean knows it may drop it.
	ddl += `INSERT INTO ` + name + ` (` + statusColumns + `) SELECT 0, NULL, ` + quoteLiteral(schemaMarker) + `, ` +
		quoteLiteral(string(TypeSchema)) + `, ` + quoteLiteral(pgx.Identifier{t.schema}.Sanitize()) + `, NULL, ` +
		installedByExpr(installedBy) + `, now(), 0, true WHERE current_setting('runway.schema_created', true) = 'on';
`
	if baseline != nil {
		ddl += insertStatusSQL(t, baselineInsert(baseline, installedBy)) + ";\n"
	}
	return ddl
}

// txBegin starts a migration's transaction and marks it with a
// transaction-local setting (SET LOCAL takes no snapshot, so a script may
// still begin with SET TRANSACTION ISOLATION LEVEL); txMark marks it again
// after a script's RESET ALL. txGuard fails (division by zero) unless the
// marked transaction is still open: a script that ended it (COMMIT,
// ROLLBACK, a procedure that commits) is not recorded, and the error also
// rolls back what ran after the script's COMMIT.
const (
	txMarker = "runway.in_migration"
	txMark   = "SET LOCAL " + txMarker + " = on"
	txBegin  = "BEGIN; " + txMark
	txGuard  = "SELECT 1 / (coalesce(current_setting('" + txMarker + "', true), '') = 'on')::int"
)

// statusInsert holds the values of a new status row. installed_rank is
// max+1, installed_on is left to its default, as Flyway does.
type statusInsert struct {
	// rank is the row's installed_rank when the caller knows max+1 (it has
	// held the lock since it read the table); 0: computed in SQL.
	rank        int
	version     string
	description string
	typ         MigrationType
	script      string
	checksum    *int32
	installedBy string // empty: current_user
	// executionTime is the execution time in milliseconds; negative means
	// "measure in SQL": the time since the migration's transaction began,
	// for rows inserted in the migration's transaction.
	executionTime int
	failed        bool // success = false: a script that ran outside a transaction failed
}

// insertStatusSQL renders the INSERT of a status row as one SQL statement
// with literal values, so it can travel in the same simple-protocol query as
// the migration it records.
func insertStatusSQL(t statusTable, r statusInsert) string {
	var b strings.Builder
	b.WriteString(`INSERT INTO ` + t.ident() + ` (` + statusColumns + `) `)
	if r.rank > 0 {
		// A literal costs the server a plan of max() less: 0.1 to 0.2 ms
		// of a migration's 5.
		b.WriteString("VALUES (" + strconv.Itoa(r.rank) + ", ")
	} else {
		b.WriteString("SELECT COALESCE(max(installed_rank), 0) + 1, ")
	}
	if r.version == "" {
		b.WriteString("NULL")
	} else {
		b.WriteString(quoteLiteral(r.version))
	}
	b.WriteString(", " + quoteLiteral(truncate(r.description, 200)))
	b.WriteString(", " + quoteLiteral(string(r.typ)))
	b.WriteString(", " + quoteLiteral(truncate(r.script, 1000)))
	if r.checksum == nil {
		b.WriteString(", NULL")
	} else {
		b.WriteString(", " + strconv.Itoa(int(*r.checksum)))
	}
	b.WriteString(", " + installedByExpr(r.installedBy))
	b.WriteString(", now()")
	if r.executionTime < 0 {
		b.WriteString(", (extract(epoch FROM clock_timestamp() - transaction_timestamp()) * 1000)::int")
	} else {
		b.WriteString(", " + strconv.Itoa(r.executionTime))
	}
	b.WriteString(", " + strconv.FormatBool(!r.failed))
	if r.rank > 0 {
		b.WriteString(")")
	} else {
		b.WriteString(" FROM " + t.ident())
	}
	return b.String()
}

// installedByExpr is the SQL for the installed_by column.
func installedByExpr(installedBy string) string {
	if installedBy == "" {
		return "current_user"
	}
	return quoteLiteral(installedBy)
}

// quoteLiteral quotes s as an SQL string literal that means s whatever
// standard_conforming_strings says, as PostgreSQL's quote_literal does.
func quoteLiteral(s string) string {
	q := "'" + strings.ReplaceAll(s, "'", "''") + "'"
	if strings.Contains(s, `\`) {
		q = "E" + strings.ReplaceAll(q, `\`, `\\`)
	}
	return q
}

// truncate cuts s to at most n characters the way Flyway does: the first
// n-3 characters followed by "...".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-3]) + "..."
}
