package migrate

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate/internal/sqlscript"
)

// A script that runs outside a transaction (CREATE INDEX CONCURRENTLY …)
// and is interrupted, by a killed process or a crashed server, leaves its
// effects without its status row: a valid index whose statement completed,
// or an INVALID one whose build did not finish. Recovery reads the
// script's index statements against the database, before the script runs
// again and when Repair is asked to, and says what it finds by name.

// LeftoverIndex is what an index statement of a non-transactional
// migration finds in the database that stops the script from running
// again as it is: the effect of an earlier, interrupted or failed, run.
type LeftoverIndex struct {
	Index   string // schema-qualified name, quoted where needed: public.t_id
	Exists  bool   // false: a DROP INDEX of the script finds the index already gone
	Valid   bool   // for an existing index, pg_index.indisvalid; false is a build that did not finish
	Version string // the migration's version; "" for a repeatable one
	Script  string // the script, relative to the module root
	Line    int    // the statement's line in Script
}

// String describes the index as a sentence fragment.
func (l LeftoverIndex) String() string {
	where := fmt.Sprintf("index %s (%s:%d)", l.Index, l.Script, l.Line)
	switch {
	case !l.Exists:
		return where + " does not exist (an earlier run may have dropped it)"
	case l.Valid:
		return where + " already exists and is valid (an earlier run may have created it)"
	}
	return where + " exists and is INVALID (a build that did not finish)"
}

// InterruptedError is the cause of the [*MigrationError] that Run returns,
// before running anything, for a non-transactional migration that has no
// status row but whose index statements find the effects of an earlier run
// (see [LeftoverIndex]). Nothing of the migration runs and nothing is
// recorded. It unwraps to [ErrInterruptedMigration].
type InterruptedError struct {
	Indexes []LeftoverIndex
	// Complete reports that every statement of the script is verifiably
	// complete (only CREATE and DROP INDEX, SET and RESET): Repair with
	// RepairOptions.RecordCompleted records the migration as applied.
	Complete bool
}

func (e *InterruptedError) Error() string {
	found := make([]string, len(e.Indexes))
	invalid, other := false, false
	for i, l := range e.Indexes {
		found[i] = l.String()
		invalid = invalid || l.Exists && !l.Valid
		other = other || !l.Exists || l.Valid
	}
	var fix string
	switch {
	case e.Complete:
		fix = "every statement of the script is complete: record it as applied with Repair and RepairOptions.RecordCompleted (runway repair -record-completed)"
	case invalid && !other:
		fix = "drop the INVALID index with Repair and RepairOptions.DropInvalidIndexes (runway repair -drop-invalid-indexes), then run again"
	case invalid:
		fix = "drop the INVALID index with Repair and RepairOptions.DropInvalidIndexes (runway repair -drop-invalid-indexes); " +
			"for the others, drop what the script creates or write its statements with IF NOT EXISTS (IF EXISTS for DROP INDEX), then run again"
	default:
		fix = "drop what the script creates, or write its statements with IF NOT EXISTS (IF EXISTS for DROP INDEX), then run again"
	}
	return fmt.Sprintf("%v: %s; nothing was run: %s", ErrInterruptedMigration, strings.Join(found, "; "), fix)
}

// Unwrap returns [ErrInterruptedMigration].
func (e *InterruptedError) Unwrap() error { return ErrInterruptedMigration }

// indexSource is a statement of a script kept for recovery: an index
// statement, a SET or RESET, or a statement with a placeholder, with its
// text; or, with other set and no text kept, a run of other statements.
type indexSource struct {
	st    sqlscript.Statement
	other bool
}

// addIndex keeps st for recovery if it is an index statement.
func (p *parsedScript) addIndex(st sqlscript.Statement) {
	if parseIndexStmt(st.Text[st.Start:]).op != opNone || strings.Contains(st.Text, "${") && mayBeIndexStmt(st.Text[st.Start:]) {
		p.index = append(p.index, indexSource{st: st})
		return
	}
	if n := len(p.index); n > 0 && p.index[n-1].other {
		return
	}
	st.Text, st.Start = "", 0
	p.index = append(p.index, indexSource{st: st, other: true})
}

// mayBeIndexStmt reports whether text starts with a word that an index
// statement starts with: a statement with a placeholder is read again
// once replaced.
func mayBeIndexStmt(text string) bool {
	switch (&identLexer{s: text}).word() {
	case "create", "drop", "reindex", "set", "reset":
		return true
	}
	return false
}

// inspection is what a script's index statements find in the database.
type inspection struct {
	found    []LeftoverIndex // in the order of the statements
	names    []qualified     // the indexes of found
	certain  int             // how many of found come before any statement recovery does not read
	complete bool            // every statement is verifiably complete
}

// invalid returns the INVALID indexes found.
func (ins inspection) invalid() []LeftoverIndex {
	var out []LeftoverIndex
	for _, l := range ins.found {
		if l.Exists && !l.Valid {
			out = append(out, l)
		}
	}
	return out
}

// indexWalk follows a script's index statements through the database.
type indexWalk struct {
	e        *executor
	mig      *migration
	q        context.Context
	simulate bool                        // apply each statement's effect to what later ones see
	state    map[qualified]leftoverState // simulated effects, by index
	ins      inspection
	other    bool // a statement recovery does not read was passed
	pending  bool // a statement was not verified complete
	verified bool // an index statement was verified complete
}

type leftoverState struct{ exists, valid bool }

// inspect reads what mig's index statements find, in a read-only
// transaction that is rolled back, after the session restore and with the
// script's own SET statements, so names resolve as when the script runs.
// With simulate, each statement sees the effects of those before it: the
// findings are those that would stop the script. Without, each sees the
// database as it is (after a failure).
func (e *executor) inspect(ctx context.Context, mig *migration, simulate bool) (inspection, error) {
	if mig.script == nil {
		return inspection{}, nil // a Go step: nothing to read
	}
	p, err := e.src.parse(mig)
	if err != nil || !hasIndexOp(p.index) {
		return inspection{}, err
	}
	w := &indexWalk{e: e, mig: mig, q: e.sess.q(ctx), simulate: simulate, state: map[qualified]leftoverState{}}
	defer e.sess.rollback(ctx)
	if err := e.sess.run(ctx, "BEGIN READ ONLY; "+e.restore.beforeEach); err != nil {
		return inspection{}, err
	}
	ph := e.placeholders(mig)
	for _, is := range p.index {
		if err := w.step(is, ph); err != nil {
			return inspection{}, err
		}
	}
	w.ins.complete = !w.other && !w.pending && w.verified && len(w.ins.invalid()) == 0
	if !w.other {
		w.ins.certain = len(w.ins.found)
	}
	return w.ins, nil
}

// hasIndexOp reports whether the statements kept for recovery include an
// index statement (or one with a placeholder, which may be).
func hasIndexOp(index []indexSource) bool {
	for _, is := range index {
		if !is.other && parseIndexStmt(is.st.Text[is.st.Start:]).op != opSet {
			return true
		}
	}
	return false
}

// step follows one statement.
func (w *indexWalk) step(is indexSource, ph placeholders) error {
	if is.other {
		w.passOther()
		return nil
	}
	s, err := w.mig.script.stmt(is.st, ph)
	if err != nil {
		return err
	}
	st := parseIndexStmt(s.text) // the lexer skips the leading comments
	switch {
	case st.op == opSet:
		_, err := w.e.sess.pg().Exec(w.q, s.text).ReadAll()
		return err
	case st.op == opCreate && st.name.name != "":
		return w.create(st, is.st.Line)
	case st.op == opDrop:
		return w.drop(st, is.st.Line)
	case st.op == opReindex:
		return w.reindex(st, is.st.Line)
	}
	w.passOther()
	return nil
}

// passOther records a statement recovery does not read: what follows may
// depend on it, so later findings are not certain, and the script is not
// verifiably complete.
func (w *indexWalk) passOther() {
	if !w.other {
		w.ins.certain = len(w.ins.found)
	}
	w.other, w.pending = true, true
}

// create follows CREATE INDEX name ON table.
func (w *indexWalk) create(st indexStmt, line int) error {
	var schema *string
	err := w.e.sess.conn.QueryRow(w.q, `SELECT coalesce((SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.oid = to_regclass($1)), $2, current_schema())`, pgx.QueryExecModeSimpleProtocol,
		sanitized(st.table), nullIfEmpty(st.table.schema)).Scan(&schema)
	if err != nil || schema == nil {
		w.pending = true
		return err // no schema to create it in: the statement fails by itself
	}
	name := qualified{schema: *schema, name: st.name.name}
	ls, err := w.lookup(name)
	if err != nil {
		return err
	}
	switch {
	case ls.exists && !ls.valid:
		w.found(name, ls, line)
	case ls.exists && st.ifExists:
		w.verified = true
	case ls.exists:
		w.found(name, ls, line)
		w.verified = true
	default:
		w.pending = true // it would run
	}
	w.set(name, leftoverState{exists: true, valid: true})
	return nil
}

// drop follows DROP INDEX name.
func (w *indexWalk) drop(st indexStmt, line int) error {
	name, ls, err := w.resolve(st.name)
	if err != nil {
		return err
	}
	switch {
	case ls.exists:
		w.pending = true
	case st.ifExists:
		w.verified = true
	default:
		w.found(name, ls, line)
		w.verified = true
	}
	w.set(name, leftoverState{})
	return nil
}

// reindex follows REINDEX … CONCURRENTLY, which leaves INVALID indexes
// named *_ccnew or *_ccold when it does not finish. Whether it ran cannot
// be verified.
func (w *indexWalk) reindex(st indexStmt, line int) error {
	rows, err := w.e.sess.conn.Query(w.q, `SELECT n.nspname, c.relname FROM pg_index i
		JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE NOT i.indisvalid AND c.relname ~ '_cc(new|old)[0-9]*$' AND CASE $1
			WHEN 'index' THEN i.indrelid = (SELECT indrelid FROM pg_index WHERE indexrelid = to_regclass($2))
			WHEN 'table' THEN i.indrelid = to_regclass($2)
			WHEN 'schema' THEN n.nspname = $3
			ELSE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' END
		ORDER BY 1, 2`, pgx.QueryExecModeSimpleProtocol, st.target, sanitized(st.object), st.object.name)
	if err != nil {
		return err
	}
	names, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (qualified, error) {
		var q qualified
		return q, r.Scan(&q.schema, &q.name)
	})
	if err != nil {
		return err
	}
	for _, n := range names {
		if ls, ok := w.state[n]; !ok || ls.exists {
			w.found(n, leftoverState{exists: true}, line)
		}
	}
	w.pending = true
	return nil
}

// found records a finding.
func (w *indexWalk) found(name qualified, ls leftoverState, line int) {
	w.ins.found = append(w.ins.found, LeftoverIndex{Index: displayName(name), Exists: ls.exists, Valid: ls.valid,
		Version: w.mig.version.String(), Script: w.mig.name, Line: line})
	w.ins.names = append(w.ins.names, name)
}

// set records a statement's effect for the statements after it.
func (w *indexWalk) set(name qualified, ls leftoverState) {
	if w.simulate {
		w.state[name] = ls
	}
}

// lookup returns what is known of a schema-qualified index.
func (w *indexWalk) lookup(name qualified) (leftoverState, error) {
	if ls, ok := w.state[name]; ok {
		return ls, nil
	}
	_, ls, err := w.resolve(name)
	return ls, err
}

// resolve finds an index by name, unqualified names on the search path,
// and says whether it exists and is valid. A missing unqualified index is
// named in the current schema.
func (w *indexWalk) resolve(name qualified) (qualified, leftoverState, error) {
	var (
		schema, rel *string
		valid       *bool
	)
	err := w.e.sess.conn.QueryRow(w.q, `SELECT coalesce(n.nspname, $2, current_schema()), coalesce(c.relname, $3), i.indisvalid
		FROM (SELECT to_regclass($1) AS oid) r LEFT JOIN pg_index i ON i.indexrelid = r.oid
		LEFT JOIN pg_class c ON c.oid = i.indexrelid LEFT JOIN pg_namespace n ON n.oid = c.relnamespace`,
		pgx.QueryExecModeSimpleProtocol, sanitized(name), nullIfEmpty(name.schema), name.name).Scan(&schema, &rel, &valid)
	if err != nil || schema == nil {
		return name, leftoverState{}, err
	}
	found := qualified{schema: *schema, name: *rel}
	if ls, ok := w.state[found]; ok {
		return found, ls, nil
	}
	return found, leftoverState{exists: valid != nil, valid: valid != nil && *valid}, nil
}

// sanitized quotes a name for to_regclass.
func sanitized(q qualified) string {
	if q.schema == "" {
		return pgx.Identifier{q.name}.Sanitize()
	}
	return pgx.Identifier{q.schema, q.name}.Sanitize()
}

func nullIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// plainIdent matches an identifier that needs no quotes.
var plainIdent = regexp.MustCompile(`^[a-z_][a-z0-9_$]*$`)

// displayName writes schema.name, quoting only the parts that need it.
func displayName(q qualified) string {
	quote := func(s string) string {
		if plainIdent.MatchString(s) {
			return s
		}
		return pgx.Identifier{s}.Sanitize()
	}
	if q.schema == "" {
		return quote(q.name)
	}
	return quote(q.schema) + "." + quote(q.name)
}

// refuseInterrupted returns an [InterruptedError], located at the first
// statement it names, when mig's index statements find the effects of an
// earlier run that would stop it. A failure to inspect is logged and lets
// the script run: the script's own statements then decide.
func (e *executor) refuseInterrupted(ctx context.Context, mig *migration) error {
	ins, err := e.inspect(ctx, mig, true)
	if err != nil {
		e.log.LogAttrs(ctx, slog.LevelDebug, "could not inspect the script's indexes before running it",
			slog.String("script", mig.name), slog.Any("error", err))
		return nil
	}
	if ins.certain == 0 {
		return nil
	}
	found := ins.found[:ins.certain]
	ie := &InterruptedError{Indexes: found, Complete: ins.complete}
	p, _ := e.src.parse(mig)
	for _, is := range p.index {
		if is.st.Line == found[0].Line {
			return mig.script.source(is.st).errorAtStart(ie)
		}
	}
	return ie
}

// leftoverNote describes the INVALID indexes a failed non-transactional
// script left, for the failure's message; "" if none or unknown.
func (e *executor) leftoverNote(ctx context.Context, mig *migration) string {
	if mig.script == nil || e.sess.pg().IsClosed() { // a Go step's statements are not known
		return ""
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
	defer cancel()
	ins, err := e.inspect(ctx, mig, false)
	if err != nil {
		return ""
	}
	var names []string
	for _, l := range ins.invalid() {
		names = append(names, fmt.Sprintf("%s (line %d)", l.Index, l.Line))
	}
	if len(names) == 0 {
		return ""
	}
	return fmt.Sprintf("; it left INVALID index %s, which Repair with RepairOptions.DropInvalidIndexes (runway repair -drop-invalid-indexes) drops",
		strings.Join(names, ", "))
}
