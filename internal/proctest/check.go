package proctest

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// CheckOptions says which departures from a finished run Check accepts.
type CheckOptions struct {
	// Interrupted accepts the states a Concurrent migration leaves when its
	// process or server died: its index exists, valid or INVALID, without
	// a success row. They are reported in Report.Interrupted either way.
	Interrupted bool

	// Failed accepts failed status rows (success = false), as a failed
	// non-transactional migration leaves them. They are reported in
	// Report.Failed either way.
	Failed bool

	// Complete requires every migration of the layout to be applied.
	Complete bool

	// Schema holds the status tables and the tables of Table migrations.
	// Default: "public".
	Schema string
}

// Report is what Check found.
type Report struct {
	Applied     map[string]int // success rows by module
	Interrupted []Interrupted  // Concurrent migrations with an index and no success row
	Failed      []string       // failed rows, as "module V<version>"
}

// Interrupted is a Concurrent migration that left its index without a
// success row: Valid when the build completed, INVALID when it did not.
type Interrupted struct {
	Module  string
	Version int
	Valid   bool
}

func (i Interrupted) String() string {
	state := "INVALID"
	if i.Valid {
		state = "valid"
	}
	return fmt.Sprintf("%s V%d: %s index %s without its status row", i.Module, i.Version, state, IndexName(i.Module, i.Version))
}

// observed is the database state Check compares.
type observed struct {
	rows    map[string][]statusRow // by module, in installed_rank order
	effects map[string]int         // "module/version" -> effects rows
	tables  map[string]bool        // tables in the schema
	indexes map[string]bool        // indexes in FixtureSchema -> valid
	locks   int                    // advisory locks held in this database by other sessions
}

type statusRow struct {
	rank    int
	version int // 0: a row without a version, or one that is not a number
	success bool
}

// Check verifies the invariants of runs of the layout's migrations on the
// database conn is connected to, whatever interrupted them: every success
// row has its effects exactly once, every effect has its success row,
// installed ranks run 1, 2, 3… without a gap or a repeated version, no
// failed rows and no interrupted Concurrent migration (unless opts accept
// them), and no advisory lock is held by another session. It returns what
// it found and every violation, joined.
func Check(ctx context.Context, conn *pgx.Conn, l Layout, opts CheckOptions) (*Report, error) {
	if opts.Schema == "" {
		opts.Schema = "public"
	}
	obs, err := observe(ctx, conn, l, opts.Schema)
	if err != nil {
		return nil, err
	}
	rep := &Report{Applied: map[string]int{}}
	var errs []error
	for _, m := range l.Modules {
		errs = append(errs, checkModule(l, m, obs, opts, rep)...)
	}
	for key, n := range obs.effects {
		module, v, _ := strings.Cut(key, "/")
		version, _ := strconv.Atoi(v)
		if _, ok := l.Kind(module, version); !ok {
			errs = append(errs, fmt.Errorf("%s V%s: %d effects rows for a migration the layout does not have", module, v, n))
		}
	}
	if obs.locks > 0 {
		errs = append(errs, fmt.Errorf("%d advisory lock(s) still held in the database", obs.locks))
	}
	if len(rep.Interrupted) > 0 && !opts.Interrupted {
		for _, i := range rep.Interrupted {
			errs = append(errs, errors.New(i.String()))
		}
	}
	if len(rep.Failed) > 0 && !opts.Failed {
		errs = append(errs, fmt.Errorf("failed status rows: %s", strings.Join(rep.Failed, ", ")))
	}
	return rep, errors.Join(errs...)
}

// checkModule checks one module's status rows against its effects.
func checkModule(l Layout, m Module, obs *observed, opts CheckOptions, rep *Report) []error {
	var errs []error
	success := map[int]bool{}
	for i, r := range obs.rows[m.Name] {
		if r.rank != i+1 {
			errs = append(errs, fmt.Errorf("%s: installed_rank %d at position %d: ranks are not contiguous", m.Name, r.rank, i+1))
		}
		if _, ok := l.Kind(m.Name, r.version); !ok {
			errs = append(errs, fmt.Errorf("%s: status row for version %d, which the layout does not have", m.Name, r.version))
			continue
		}
		if !r.success {
			rep.Failed = append(rep.Failed, fmt.Sprintf("%s V%d", m.Name, r.version))
			continue
		}
		if success[r.version] {
			errs = append(errs, fmt.Errorf("%s V%d: two success rows", m.Name, r.version))
		}
		success[r.version] = true
		rep.Applied[m.Name]++
	}
	for i, kind := range m.Migrations {
		v := i + 1
		if opts.Complete && !success[v] {
			errs = append(errs, fmt.Errorf("%s V%d: not applied", m.Name, v))
		}
		errs = append(errs, checkEffects(m.Name, v, kind, success[v], obs, rep)...)
	}
	return errs
}

// checkEffects checks that one migration's effects are there exactly once
// if it has a success row, and not at all otherwise.
func checkEffects(module string, v int, kind Kind, applied bool, obs *observed, rep *Report) []error {
	var errs []error
	name := fmt.Sprintf("%s V%d (%s)", module, v, kind)
	if kind == Concurrent {
		valid, exists := obs.indexes[IndexName(module, v)]
		switch {
		case applied && !exists:
			errs = append(errs, fmt.Errorf("%s: success row but no index", name))
		case applied && !valid:
			errs = append(errs, fmt.Errorf("%s: success row but the index is INVALID", name))
		case !applied && exists:
			rep.Interrupted = append(rep.Interrupted, Interrupted{Module: module, Version: v, Valid: valid})
		}
		return errs
	}
	want := 0
	if applied {
		want = 1
	}
	if n := obs.effects[fmt.Sprintf("%s/%d", module, v)]; n != want {
		errs = append(errs, fmt.Errorf("%s: %d effects rows, want %d", name, n, want))
	}
	if kind == Table && obs.tables[TableName(module, v)] != applied {
		errs = append(errs, fmt.Errorf("%s: table %s exists: %t, success row: %t", name, TableName(module, v), obs.tables[TableName(module, v)], applied))
	}
	return errs
}

// observe reads the status tables, effects, tables, indexes and advisory
// locks.
func observe(ctx context.Context, conn *pgx.Conn, l Layout, schema string) (*observed, error) {
	obs := &observed{rows: map[string][]statusRow{}, effects: map[string]int{}, tables: map[string]bool{}, indexes: map[string]bool{}}
	for _, m := range l.Modules {
		rows, err := statusRows(ctx, conn, schema, l.StatusTable(m.Name))
		if err != nil {
			return nil, fmt.Errorf("read status table of %s: %w", m.Name, err)
		}
		obs.rows[m.Name] = rows
	}
	fx := pgx.Identifier{FixtureSchema}.Sanitize()
	if err := collect(ctx, conn, "SELECT module || '/' || version, count(*)::int FROM "+fx+".effects GROUP BY 1", nil, obs.effects); err != nil {
		return nil, fmt.Errorf("read effects: %w", err)
	}
	tables := map[string]int{}
	if err := collect(ctx, conn, "SELECT tablename::text, 1 FROM pg_tables WHERE schemaname = $1", []any{schema}, tables); err != nil {
		return nil, fmt.Errorf("read tables: %w", err)
	}
	for t := range tables {
		obs.tables[t] = true
	}
	indexes := map[string]int{}
	if err := collect(ctx, conn, `SELECT c.relname::text, i.indisvalid::int FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1`, []any{FixtureSchema}, indexes); err != nil {
		return nil, fmt.Errorf("read indexes: %w", err)
	}
	for name, valid := range indexes {
		obs.indexes[name] = valid == 1
	}
	err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&obs.locks)
	if err != nil {
		return nil, fmt.Errorf("read advisory locks: %w", err)
	}
	return obs, nil
}

// statusRows reads a status table; a missing table has no rows.
func statusRows(ctx context.Context, conn *pgx.Conn, schema, table string) ([]statusRow, error) {
	var out []statusRow
	var version string
	var r statusRow
	rows, err := conn.Query(ctx, "SELECT installed_rank, coalesce(version, ''), success FROM "+
		pgx.Identifier{schema, table}.Sanitize()+" ORDER BY installed_rank")
	if err == nil {
		_, err = pgx.ForEachRow(rows, []any{&r.rank, &version, &r.success}, func() error {
			r.version, _ = strconv.Atoi(version)
			out = append(out, r)
			return nil
		})
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42P01" { // undefined_table
		return nil, nil
	}
	return out, err
}

// collect runs a query of (text, int) rows into into.
func collect(ctx context.Context, conn *pgx.Conn, sql string, args []any, into map[string]int) error {
	rows, err := conn.Query(ctx, sql, args...)
	if err != nil {
		return err
	}
	var k string
	var v int
	_, err = pgx.ForEachRow(rows, []any{&k, &v}, func() error {
		into[k] = v
		return nil
	})
	return err
}
