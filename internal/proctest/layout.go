// Package proctest holds what the process-level tests share: migrations
// generated so that each one leaves observable effects (Layout), an
// invariant checker that matches those effects against the status tables
// (Check), the classification of Run's errors that the bootproc test
// binary prints (Classify), and the build of that binary (Build).
//
// Every transactional migration inserts one row (module, version) into
// proctest.effects, which has no unique key: a migration applied twice
// shows as two rows. Table migrations also create a table, Sleep ones wait
// in pg_sleep first, and Concurrent ones (CREATE INDEX CONCURRENTLY, run
// outside a transaction) build an index on proctest.big whose expression
// sleeps for every row, so that the build takes a while.
package proctest

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Kind is what a generated migration does.
type Kind int

const (
	// Insert inserts the migration's row into proctest.effects.
	Insert Kind = iota
	// Table creates the table <module>_t<version> and inserts the row.
	Table
	// Sleep sleeps Layout.Sleep in pg_sleep, then inserts the row.
	Sleep
	// Concurrent creates the index proctest.<module>_cic<version> with
	// CREATE INDEX CONCURRENTLY: no transaction, no effects row.
	Concurrent
)

func (k Kind) String() string {
	switch k {
	case Insert:
		return "insert"
	case Table:
		return "table"
	case Sleep:
		return "sleep"
	case Concurrent:
		return "concurrent"
	}
	return "kind" + strconv.Itoa(int(k))
}

// Module is one generated module: migration i (from 0) has version i+1.
type Module struct {
	Name       string
	Migrations []Kind
}

// Layout describes generated migrations and the fixtures they need.
type Layout struct {
	Modules []Module

	// Sleep is how long Sleep migrations wait. Default: 100ms.
	Sleep time.Duration

	// Rows is the number of rows of proctest.big that Concurrent
	// migrations index. Default: 20.
	Rows int

	// RowDelay is how long the index expression sleeps for each row, so
	// that building an index takes about Rows × RowDelay. Default: 0.
	RowDelay time.Duration

	// StatusTablePrefix names the status tables, as
	// migrate.Config.StatusTablePrefix. Default: "oskari_status".
	StatusTablePrefix string
}

// FixtureSchema holds the effects table, the indexed table and the
// indexes of Concurrent migrations, apart from the migrated schema (so that
// it never looks like a schema that was migrated without status tables).
const FixtureSchema = "proctest"

// Kind returns the kind of a module's migration, and whether it exists.
func (l Layout) Kind(module string, version int) (Kind, bool) {
	for _, m := range l.Modules {
		if m.Name == module && version >= 1 && version <= len(m.Migrations) {
			return m.Migrations[version-1], true
		}
	}
	return 0, false
}

// StatusTable returns the status table of a module (unqualified).
func (l Layout) StatusTable(module string) string {
	prefix := cmp.Or(l.StatusTablePrefix, "oskari_status")
	if module == "core" {
		return prefix
	}
	return prefix + "_" + module
}

// TableName is the table a Table migration creates.
func TableName(module string, version int) string {
	return fmt.Sprintf("%s_t%d", module, version)
}

// IndexName is the index a Concurrent migration creates in FixtureSchema.
func IndexName(module string, version int) string {
	return fmt.Sprintf("%s_cic%d", module, version)
}

// SetupSQL creates the fixtures: the schema, the effects table, the
// indexed table with its rows and the slow index function.
func (l Layout) SetupSQL() string {
	rows := cmp.Or(l.Rows, 20)
	delay := l.RowDelay.Seconds()
	return fmt.Sprintf(`CREATE SCHEMA %[1]s;
CREATE TABLE %[1]s.effects (module text NOT NULL, version int NOT NULL, pid int NOT NULL DEFAULT pg_backend_pid());
CREATE TABLE %[1]s.big (x int NOT NULL);
INSERT INTO %[1]s.big SELECT generate_series(1, %[2]d);
CREATE FUNCTION %[1]s.slow(x int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$
BEGIN
  IF %[3]g > 0 THEN PERFORM pg_sleep(%[3]g); END IF;
  RETURN x;
END $$;`, pgx.Identifier{FixtureSchema}.Sanitize(), rows, delay)
}

// Script returns the file name and text of a module's migration.
func (l Layout) Script(module string, version int, kind Kind) (name, text string) {
	fx := pgx.Identifier{FixtureSchema}.Sanitize()
	effect := fmt.Sprintf("INSERT INTO %s.effects (module, version) VALUES ('%s', %d);\n", fx, module, version)
	name = fmt.Sprintf("V%d__%s.sql", version, kind)
	switch kind {
	case Table:
		text = fmt.Sprintf("CREATE TABLE %s (id int PRIMARY KEY, note text);\n", pgx.Identifier{TableName(module, version)}.Sanitize()) + effect
	case Sleep:
		text = fmt.Sprintf("SELECT pg_sleep(%g);\n", cmp.Or(l.Sleep, 100*time.Millisecond).Seconds()) + effect
	case Concurrent:
		text = fmt.Sprintf("CREATE INDEX CONCURRENTLY %s ON %s.big (%s.slow(x));\n",
			pgx.Identifier{IndexName(module, version)}.Sanitize(), fx, fx)
	default:
		text = effect
	}
	return name, text
}

// Write writes the migrations under dir, one subdirectory per module.
func (l Layout) Write(dir string) error {
	for _, m := range l.Modules {
		mdir := filepath.Join(dir, m.Name)
		if err := os.MkdirAll(mdir, 0o755); err != nil {
			return err
		}
		for i, k := range m.Migrations {
			name, text := l.Script(m.Name, i+1, k)
			if err := os.WriteFile(filepath.Join(mdir, name), []byte(text), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// Names lists the module names, in order.
func (l Layout) Names() []string {
	names := make([]string, len(l.Modules))
	for i, m := range l.Modules {
		names[i] = m.Name
	}
	return names
}

// Describe summarises the layout for logs: "core: 12 (insert 6, sleep 3, …)".
func (l Layout) Describe() string {
	var parts []string
	for _, m := range l.Modules {
		count := map[Kind]int{}
		for _, k := range m.Migrations {
			count[k]++
		}
		var kinds []string
		for k := Insert; k <= Concurrent; k++ {
			if count[k] > 0 {
				kinds = append(kinds, fmt.Sprintf("%s %d", k, count[k]))
			}
		}
		parts = append(parts, fmt.Sprintf("%s: %d (%s)", m.Name, len(m.Migrations), strings.Join(kinds, ", ")))
	}
	return strings.Join(parts, "; ")
}
