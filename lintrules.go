package migrate

import (
	"fmt"
	"strings"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

// Lint rule names: stable, listed in the package documentation.
const (
	ruleIndexConcurrently = "index-concurrently"
	ruleAddColumnDefault  = "add-column-default"
	ruleAddColumnNotNull  = "add-column-not-null"
	ruleSetNotNull        = "set-not-null"
	ruleConstraintValid   = "constraint-not-valid"
	ruleAlterColumnType   = "alter-column-type"
	ruleUniqueConstraint  = "unique-constraint"
	ruleRenameColumn      = "rename-column"
	ruleRenameTable       = "rename-table"
	ruleDropColumn        = "drop-column"
	ruleDropTable         = "drop-table"
	ruleVacuumFull        = "vacuum-full"
	ruleCluster           = "cluster"
	ruleConcurrentlyInTx  = "concurrently-in-transaction"
	ruleIdentifierLength  = "identifier-too-long"
	ruleSerialPrimaryKey  = "serial-primary-key"
)

// LintRules lists the rule names of [Migrator.Lint], in the order of the
// package documentation.
func LintRules() []string {
	return []string{ruleIndexConcurrently, ruleAddColumnDefault, ruleAddColumnNotNull, ruleSetNotNull,
		ruleConstraintValid, ruleAlterColumnType, ruleUniqueConstraint, ruleRenameColumn, ruleRenameTable,
		ruleDropColumn, ruleDropTable, ruleVacuumFull, ruleCluster, ruleConcurrentlyInTx, ruleIdentifierLength,
		ruleSerialPrimaryKey}
}

// check applies the rules to one statement.
func (l *scriptLinter) check(s *lintStmt) {
	switch {
	case s.is(0, "create"):
		l.create(s)
	case s.is(0, "alter", "table"):
		l.alterTable(s)
	case s.is(0, "drop", "index"):
		l.dropIndex(s)
	case s.is(0, "drop", "table"):
		l.dropTable(s)
	case s.is(0, "reindex"):
		l.reindex(s)
	case s.is(0, "vacuum"):
		l.vacuum(s)
	case s.is(0, "cluster"):
		l.report(s, 0, ruleCluster, "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock: its reads and writes wait until it ends",
			"leave it out of migrations (pg_repack can reorder a table online)")
	}
	if s.st.Kind == sqlscript.NoTransaction && s.has("concurrently") {
		l.concurrently(s)
	}
	if s.is(0, "create") || s.is(0, "alter") {
		l.identifiers(s)
	}
}

// word returns token i as a lower-case word, or "" if it is not a word.
func (s *lintStmt) word(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != sqlscript.Word {
		return ""
	}
	return strings.ToLower(s.toks[i].Text)
}

// is reports whether the tokens from i are the given words (or
// punctuation), in any case.
func (s *lintStmt) is(i int, words ...string) bool {
	for k, w := range words {
		j := i + k
		if j >= len(s.toks) || !strings.EqualFold(s.toks[j].Text, w) || s.toks[j].Kind == sqlscript.QuotedIdent {
			return false
		}
	}
	return true
}

// skip returns i moved past the words, if they are there.
func (s *lintStmt) skip(i int, words ...string) int {
	if s.is(i, words...) {
		return i + len(words)
	}
	return i
}

// has reports whether the statement has the word w anywhere.
func (s *lintStmt) has(w string) bool {
	for i := range s.toks {
		if s.word(i) == w {
			return true
		}
	}
	return false
}

// find returns the index of the first token from i, outside parentheses,
// that is the word w; -1 if there is none.
func (s *lintStmt) find(i int, w string) int {
	depth := 0
	for ; i < len(s.toks); i++ {
		switch t := s.toks[i].Text; {
		case t == "(":
			depth++
		case t == ")":
			depth--
		case depth == 0 && s.word(i) == w:
			return i
		}
	}
	return -1
}

// name reads a possibly qualified name at i: its last part, unquoted (or
// lower-cased), and the index after it. The name is "" if none is there.
func (s *lintStmt) name(i int) (string, int) {
	last := ""
	for i < len(s.toks) {
		t := s.toks[i]
		switch t.Kind {
		case sqlscript.Word:
			last = strings.ToLower(t.Text)
		case sqlscript.QuotedIdent:
			last = unquoteIdent(t.Text)
		default:
			return last, i
		}
		if !s.is(i+1, ".") {
			return last, i + 1
		}
		i += 2
	}
	return last, i
}

// unquoteIdent returns the name a quoted identifier spells.
func unquoteIdent(q string) string {
	q = strings.TrimPrefix(strings.TrimPrefix(q, "U&"), "u&")
	q = strings.TrimSuffix(strings.TrimPrefix(q, `"`), `"`)
	return strings.ReplaceAll(q, `""`, `"`)
}

// create handles CREATE TABLE (remembered) and CREATE INDEX.
func (l *scriptLinter) create(s *lintStmt) {
	i := s.skip(1, "or", "replace")
	for s.word(i) == "global" || s.word(i) == "local" || s.word(i) == "temp" || s.word(i) == "temporary" || s.word(i) == "unlogged" || s.word(i) == "unique" {
		i++
	}
	switch s.word(i) {
	case "table":
		name, _ := s.name(s.skip(i+1, "if", "not", "exists"))
		l.tables[name] = true
	case "index":
		l.createIndex(s, i+1)
	}
}

// createIndex checks CREATE INDEX from i, after the word INDEX.
func (l *scriptLinter) createIndex(s *lintStmt, i int) {
	conc := s.is(i, "concurrently")
	on := s.find(i, "on")
	if on < 0 {
		return
	}
	if idx, _ := s.name(s.skip(s.skip(i, "concurrently"), "if", "not", "exists")); idx != "" && idx != "on" {
		l.indexes[idx] = true
	}
	table, _ := s.name(s.skip(on+1, "only"))
	if conc || l.tables[table] {
		return
	}
	l.report(s, 0, ruleIndexConcurrently, fmt.Sprintf("CREATE INDEX without CONCURRENTLY blocks writes to %q while it builds", table),
		"use CREATE INDEX CONCURRENTLY in a script of its own")
}

// dropIndex checks DROP INDEX.
func (l *scriptLinter) dropIndex(s *lintStmt) {
	if s.is(2, "concurrently") {
		return
	}
	name, _ := s.name(s.skip(2, "if", "exists"))
	if l.indexes[name] {
		return
	}
	l.report(s, 0, ruleIndexConcurrently, fmt.Sprintf("DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table of %q: its reads and writes wait", name),
		"use DROP INDEX CONCURRENTLY, one index per statement, in a script of its own")
}

// reindex checks REINDEX.
func (l *scriptLinter) reindex(s *lintStmt) {
	i := 1
	if s.is(i, "(") {
		for i < len(s.toks) && !s.is(i, ")") {
			i++
		}
		i++
	}
	kind := s.word(i)
	if s.has("concurrently") {
		return
	}
	name, _ := s.name(i + 1)
	if (kind == "table" && l.tables[name]) || (kind == "index" && l.indexes[name]) {
		return
	}
	fix := "use REINDEX … CONCURRENTLY in a script of its own"
	if l.major < 12 {
		fix = "build a new index with CREATE INDEX CONCURRENTLY and drop the old one with DROP INDEX CONCURRENTLY (REINDEX CONCURRENTLY needs PostgreSQL 12)"
	}
	l.report(s, 0, ruleIndexConcurrently, "REINDEX without CONCURRENTLY blocks writes to the table, and reads that use the index, until it ends", fix)
}

// dropTable checks DROP TABLE.
func (l *scriptLinter) dropTable(s *lintStmt) {
	for i := s.skip(2, "if", "exists"); i < len(s.toks); {
		name, next := s.name(i)
		if name == "" {
			return
		}
		if !l.tables[name] {
			l.report(s, i, ruleDropTable, fmt.Sprintf("dropping %q breaks the old replicas still running, which use it", name),
				"stop using it in one release and drop it in a later one")
			return
		}
		i = next + 1 // past the comma
	}
}

// vacuum checks VACUUM FULL and VACUUM (FULL …).
func (l *scriptLinter) vacuum(s *lintStmt) {
	full := s.is(1, "full")
	if s.is(1, "(") {
		for i := 2; i < len(s.toks) && !s.is(i, ")"); i++ {
			if s.word(i) == "full" {
				v := s.word(i + 1)
				full = v != "false" && v != "off" && !s.is(i+1, "0")
			}
		}
	}
	if full {
		l.report(s, 0, ruleVacuumFull, "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock: its reads and writes wait until it ends",
			"use plain VACUUM (pg_repack can shrink a table online)")
	}
}

// concurrently checks a CONCURRENTLY statement against the transaction it
// would run in.
func (l *scriptLinter) concurrently(s *lintStmt) {
	if l.beginLine > 0 {
		l.report(s, 0, ruleConcurrentlyInTx, fmt.Sprintf("CONCURRENTLY cannot run inside the transaction opened by BEGIN at line %d: the statement fails", l.beginLine),
			"COMMIT before it, or move it to a script of its own")
		return
	}
	line, col := s.pos(0)
	l.mixedConc = append(l.mixedConc, lintHit{stmt: l.n, line: line, col: col, rule: ruleConcurrentlyInTx,
		reason: "this script mixes a CONCURRENTLY statement with statements that must run in a transaction: it is refused (ErrMixedScript) unless Config.Mixed runs all of it outside a transaction",
		fix:    "move the CONCURRENTLY statement to a script of its own"})
}

// identifiers checks the length of the names a CREATE or ALTER statement
// uses.
func (l *scriptLinter) identifiers(s *lintStmt) {
	for i, t := range s.toks {
		name := t.Text
		switch t.Kind {
		case sqlscript.QuotedIdent:
			name = unquoteIdent(t.Text)
		case sqlscript.Word:
		default:
			continue
		}
		if len(name) > 63 && !strings.Contains(name, "${") {
			l.report(s, i, ruleIdentifierLength, fmt.Sprintf("identifier %q is %d bytes: PostgreSQL truncates it to 63, so names that differ only after byte 63 collide", name, len(name)),
				"use a name of at most 63 bytes")
		}
	}
}
