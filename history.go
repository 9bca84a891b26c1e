package migrate

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// identity is who and where a session is.
type identity struct {
	schema   *string // the status tables' schema: Config.Schema, else current_schema()
	user     string  // current_user
	database string  // current_database()
	pid      uint32  // pg_backend_pid(): differs from the connection's when a pooler answered it
}

// histories is one read of several status tables on one connection.
type histories struct {
	identity
	tables map[string]statusRead // by table name
}

// readHistories reads the session's identity and every status table in
// tables with one simple-protocol query: a first statement reads the
// identity, says which tables exist and points search_path, for this
// query's transaction only, at the status tables' schema (schema, or
// current_schema() when empty); two statements per table follow, one
// reading its rows and one returning no row whose row description (the
// columns of the table's row type: no privilege on them needed) says
// whether the table has Flyway 3's layout. A table believed missing (missing[name])
// is not read; one that turns out to be missing ends the query there (the
// server logs that error) and the tables after it that exist are read
// again in a second query. Up to date, every module of a connection
// therefore costs one round trip together. With refresh, the query first
// makes the server take in the catalog changes other sessions committed
// (see historiesSQL).
func readHistories(ctx context.Context, pg *pgconn.PgConn, schema string, tables []string, missing map[string]bool, bound time.Duration, refresh bool) (*histories, error) {
	var read []string
	for _, t := range tables {
		if !missing[t] {
			read = append(read, t)
		}
	}
	h, done, err := readHistoriesOnce(ctx, pg, schema, tables, read, bound, refresh)
	if err != nil {
		return nil, err
	}
	var again []string
	for _, t := range tables {
		if st := h.tables[t]; st.exists && !done[t] {
			again = append(again, t)
		}
	}
	if len(again) == 0 {
		return h, nil
	}
	h2, done, err := readHistoriesOnce(ctx, pg, schema, tables, again, bound, refresh)
	if err != nil {
		return nil, err
	}
	for _, t := range again {
		h.tables[t] = h2.tables[t] // dropped since: missing
	}
	return h, nil
}

// readHistoriesOnce sends the query of readHistories, reading the rows of
// the tables in read; done says which were read.
func readHistoriesOnce(ctx context.Context, pg *pgconn.PgConn, schema string, tables, read []string, bound time.Duration, refresh bool) (*histories, map[string]bool, error) {
	iso := strings.HasPrefix(pg.ParameterStatus("DateStyle"), "ISO")
	mrr := pg.Exec(ctx, historiesSQL(schema, tables, read, iso, bound, refresh))
	h := &histories{tables: map[string]statusRead{}}
	done := map[string]bool{}
	var err error
	if mrr.NextResult() {
		err = h.scanIdentity(mrr.ResultReader(), tables)
	}
	failed := -1 // index in read of the statement that failed
	for i := 0; err == nil && i < len(read); i++ {
		if !mrr.NextResult() {
			failed = i
			break
		}
		st := h.tables[read[i]]
		rows, rerr := scanRows(mrr.ResultReader())
		if err = rerr; err != nil {
			failed = i
			break
		}
		if !mrr.NextResult() { // the layout statement cannot fail once the rows were read
			failed = i
			break
		}
		legacy, lerr := hasLegacyLayout(mrr.ResultReader())
		if err = lerr; err != nil {
			failed = i
		} else if st.exists { // rows of a table the first statement did not see are not its
			st.rows, st.legacy = rows, legacy
			h.tables[read[i]], done[read[i]] = st, true
		}
	}
	cerr := mrr.Close()
	if err == nil {
		err = cerr
	}
	var pgErr *pgconn.PgError
	if failed >= 0 && errors.As(err, &pgErr) {
		// The statement of a missing table failed (undefined_table, or a
		// catalog relation of that name without Flyway's columns), or of
		// one dropped since the first statement looked: the tables after
		// it are read again.
		if st := h.tables[read[failed]]; !st.exists || pgErr.Code == "42P01" {
			err = nil
		}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("reading status tables: %w", err)
	}
	return h, done, nil
}

// historiesSQL is the query of readHistories. Timestamps are read in ISO
// format: DateStyle is set for the query when the session's is another
// (setting it costs a fresh backend a few milliseconds). The first
// statement bounds the reads of the tables that follow it (see boundSQL).
//
// to_regclass answers from the backend's catalog caches, which take in
// other sessions' catalog changes when a transaction starts or a relation
// is locked. A read in a transaction that began before it took the lock
// (PoolTransaction's lock transaction: BEGIN, then the lock, granted when
// another process that created the status table commits) would see the
// table missing and create it again. With refresh, a scalar subquery on
// pg_class locks it while the statement is analysed, before to_regclass
// runs: the transaction's first lock on a relation (BEGIN and the advisory
// lock take none), and taking one takes those changes in.
func historiesSQL(schema string, tables, read []string, isoDates bool, bound time.Duration, refresh bool) string {
	ns := "current_schema()"
	if schema != "" {
		ns = quoteLiteral(schema)
	}
	var b strings.Builder
	// search_path: the schema first, then pg_catalog and pg_temp named
	// explicitly, so that neither a catalog relation nor a temporary table
	// can stand for a status table.
	b.WriteString("SELECT " + ns + ", current_user, current_database(), " +
		"set_config('search_path', coalesce(quote_ident(" + ns + "), '\"\"') || ', pg_catalog, pg_temp', true), ")
	if isoDates {
		b.WriteString("NULL")
	} else {
		b.WriteString("set_config('DateStyle', 'ISO', true)")
	}
	// Which tables exist: to_regclass looks in the catalog caches, where a
	// query of pg_attribute would cost a fresh backend a millisecond of
	// planning (the layout is read from the row type's columns instead).
	for _, t := range tables {
		b.WriteString(", pg_catalog.to_regclass(pg_catalog.quote_ident(" + ns + ") || '.' || pg_catalog.quote_ident(" + quoteLiteral(t) + ")) IS NOT NULL")
	}
	if bound > 0 {
		b.WriteString(", " + boundExprs(bound))
	}
	if refresh { // analysed, so pg_class locked, before to_regclass runs
		b.WriteString(", (SELECT NULL FROM pg_catalog.pg_class LIMIT 0)")
	}
	b.WriteString(", pg_backend_pid()")
	for _, t := range read {
		id := pgx.Identifier{t}.Sanitize()
		b.WriteString(";\nSELECT " + statusColumns + " FROM " + id + " ORDER BY installed_rank;\nSELECT (NULL::" + id + ").* WHERE false")
	}
	return b.String()
}

// scanIdentity reads the first statement's row.
func (h *histories) scanIdentity(rr *pgconn.ResultReader, tables []string) error {
	if !rr.NextRow() {
		_, err := rr.Close()
		return cmpErr(err, errors.New("reading session identity: no row"))
	}
	v := rr.Values()
	if v[0] != nil {
		s := string(v[0])
		h.schema = &s
	}
	h.user, h.database = string(v[1]), string(v[2])
	if pid, err := strconv.ParseUint(string(v[len(v)-1]), 10, 32); err == nil {
		h.pid = uint32(pid)
	}
	for i, t := range tables {
		h.tables[t] = statusRead{exists: string(v[5+i]) == "t"}
	}
	_, err := rr.Close()
	return err
}

// hasLegacyLayout reads the result of a status table's layout statement:
// whether the table has Flyway 3's version_rank column.
func hasLegacyLayout(rr *pgconn.ResultReader) (bool, error) {
	legacy := false
	for _, f := range rr.FieldDescriptions() {
		legacy = legacy || f.Name == "version_rank"
	}
	_, err := rr.Close()
	return legacy, err
}

// cmpErr returns err unless it is nil, else alt.
func cmpErr(err, alt error) error {
	if err != nil {
		return err
	}
	return alt
}

// scanRows reads a status table's rows, in text format. A row's text
// columns share one string; its version and checksum pointers are set
// once all rows are read, into one block each (a boot reads thousands of
// rows, and a value allocated per row doubles what the read leaves for
// the garbage collector).
func scanRows(rr *pgconn.ResultReader) ([]appliedRow, error) {
	var (
		rows    []appliedRow
		scratch []byte
	)
	for rr.NextRow() {
		r, err := parseRow(rr.Values(), &scratch)
		if err != nil {
			rr.Close()
			return nil, err
		}
		rows = append(rows, r)
	}
	if _, err := rr.Close(); err != nil {
		return nil, err
	}
	// The values pointed at live in two blocks of their own, not in rows:
	// the pointers stay right if rows is later sorted or copied.
	versions, sums := make([]string, len(rows)), make([]int32, len(rows))
	for i := range rows {
		r := &rows[i]
		if r.hasVersion {
			versions[i] = r.versionText
			r.version = &versions[i]
		}
		if r.hasChecksum {
			sums[i] = r.checksumValue
			r.checksum = &sums[i]
		}
	}
	return rows, nil
}

// span is a column's text in a row's string.
type span struct{ start, end int }

func (s span) of(all string) string { return all[s.start:s.end] }

// put appends v to b and returns its span.
func put(b *[]byte, v []byte) span {
	start := len(*b)
	*b = append(*b, v...)
	return span{start, len(*b)}
}

// parseRow parses a status row from its text values (DateStyle ISO),
// leaving its version and checksum pointers to scanRows. Its text columns
// are copied into one string, built in scratch.
func parseRow(v [][]byte, scratch *[]byte) (appliedRow, error) {
	var (
		a    appliedRow
		errs [4]error
		typ  = span{-1, -1}
	)
	a.rank, errs[0] = strconv.Atoi(string(v[0]))
	*scratch = (*scratch)[:0]
	version, description, script, installedBy := put(scratch, v[1]), put(scratch, v[2]), put(scratch, v[4]), put(scratch, v[6])
	switch MigrationType(v[3]) { // the usual ones without a copy
	case TypeSQL:
		a.typ = TypeSQL
	case TypeJDBC:
		a.typ = TypeJDBC
	case TypeBaseline:
		a.typ = TypeBaseline
	default:
		typ = put(scratch, v[3])
	}
	all := string(*scratch)
	a.hasVersion = v[1] != nil
	a.versionText, a.description, a.script, a.installedBy = version.of(all), description.of(all), script.of(all), installedBy.of(all)
	if typ.start >= 0 {
		a.typ = MigrationType(typ.of(all))
	}
	if v[5] != nil {
		var n int64
		n, errs[1] = strconv.ParseInt(string(v[5]), 10, 32)
		a.checksumValue, a.hasChecksum = int32(n), true
	}
	a.installedOn, errs[2] = parseTimestamp(v[7])
	a.executionTime, errs[3] = strconv.Atoi(string(v[8]))
	a.success = string(v[9]) == "t"
	if err := errors.Join(errs[:]...); err != nil {
		return appliedRow{}, fmt.Errorf("status table row %s: %w", v[0], err)
	}
	return a, nil
}

// parseTimestamp parses a timestamp in PostgreSQL's ISO output
// ("2026-12-05 23:06:26.123456"): the usual form by hand, for a boot that
// reads thousands of rows, anything else with time.Parse.
func parseTimestamp(b []byte) (time.Time, error) {
	digits := func(b []byte) (int, bool) {
		n := 0
		for _, c := range b {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	if len(b) >= 19 && b[4] == '-' && b[7] == '-' && b[10] == ' ' && b[13] == ':' && b[16] == ':' {
		y, ok1 := digits(b[0:4])
		mo, ok2 := digits(b[5:7])
		d, ok3 := digits(b[8:10])
		h, ok4 := digits(b[11:13])
		mi, ok5 := digits(b[14:16])
		sec, ok6 := digits(b[17:19])
		frac, ns := b[19:], 0
		ok7 := len(frac) == 0
		if len(frac) >= 2 && len(frac) <= 10 && frac[0] == '.' {
			n, ok := digits(frac[1:])
			for range 10 - len(frac) {
				n *= 10
			}
			ns, ok7 = n, ok
		}
		if ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7 && mo >= 1 && mo <= 12 && d >= 1 && h < 24 && mi < 60 && sec < 60 {
			if t := time.Date(y, time.Month(mo), d, h, mi, sec, ns, time.UTC); t.Day() == d { // not normalised
				return t, nil
			}
		}
	}
	return time.Parse("2006-01-02 15:04:05.999999999", string(b))
}
