package migrate

import (
	"fmt"
	"slices"
)

// alterTable checks each action of ALTER TABLE on a table the script did
// not create.
func (l *scriptLinter) alterTable(s *lintStmt) {
	i := s.skip(s.skip(2, "if", "exists"), "only")
	table, i := s.name(i)
	if table == "" || l.tables[table] || s.is(i, "all") {
		return
	}
	i = s.skip(i, "*")
	for start := i; i <= len(s.toks); i++ {
		if i == len(s.toks) || s.is(i, ",") || s.is(i, ";") {
			l.alterAction(s, table, start, i)
			start = i + 1
			if i < len(s.toks) && s.is(i, ";") {
				return
			}
			continue
		}
		if s.is(i, "(") {
			i = s.closing(i)
		}
	}
}

// closing returns the index of the parenthesis that closes the one at i.
func (s *lintStmt) closing(i int) int {
	depth := 0
	for ; i < len(s.toks); i++ {
		switch s.toks[i].Text {
		case "(":
			depth++
		case ")":
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return len(s.toks) - 1
}

// alterAction checks one action, tokens [i, end), of ALTER TABLE table.
func (l *scriptLinter) alterAction(s *lintStmt, table string, i, end int) {
	a := &lintStmt{st: s.st, toks: s.toks[:end]}
	switch {
	case a.is(i, "add"):
		k := i + 1
		switch a.word(k) {
		case "constraint", "check", "unique", "primary", "foreign", "exclude":
			l.addConstraint(a, table, i, k)
		default:
			l.addColumn(a, table, i, a.skip(a.skip(k, "column"), "if", "not", "exists"))
		}
	case a.is(i, "alter"):
		k := a.skip(i+1, "column") + 1 // past the column's name
		switch {
		case a.is(k, "type") || a.is(k, "set", "data", "type"):
			l.report(a, i, ruleAlterColumnType, fmt.Sprintf("ALTER COLUMN … TYPE rewrites %q and its indexes under an ACCESS EXCLUSIVE lock (unless the types are binary compatible)", table),
				"add a new column, fill it in batches, switch the application to it and drop the old one in a later release")
		case a.is(k, "set", "not", "null"):
			fix := "add CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL, which uses the check instead of a scan"
			if l.major < 12 {
				fix = "keep a CHECK (column IS NOT NULL) constraint added NOT VALID and validated in a later migration instead (before PostgreSQL 12 SET NOT NULL always scans)"
			}
			l.report(a, i, ruleSetNotNull, fmt.Sprintf("SET NOT NULL scans all of %q under an ACCESS EXCLUSIVE lock", table), fix)
		}
	case a.is(i, "drop") && !a.is(i+1, "constraint"):
		col, _ := a.name(a.skip(a.skip(i+1, "column"), "if", "exists"))
		l.report(a, i, ruleDropColumn, fmt.Sprintf("dropping column %q of %q breaks the old replicas still running, which use it", col, table),
			"stop using it in one release and drop it in a later one")
	case a.is(i, "rename", "to"):
		l.report(a, i, ruleRenameTable, fmt.Sprintf("renaming %q breaks the old replicas still running, which use the old name", table),
			"create the table under its new name and move to it over two releases, or leave an updatable view with the old name")
	case a.is(i, "rename") && !a.is(i+1, "constraint"):
		col, _ := a.name(a.skip(i+1, "column"))
		l.report(a, i, ruleRenameColumn, fmt.Sprintf("renaming column %q of %q breaks the old replicas still running, which use the old name", col, table),
			"add the new column, keep both in step while old replicas run, and drop the old one in a later release")
	}
}

// addConstraint checks ADD [CONSTRAINT name] FOREIGN KEY|CHECK|UNIQUE|PRIMARY KEY;
// k is the token after ADD.
func (l *scriptLinter) addConstraint(a *lintStmt, table string, i, k int) {
	if a.is(k, "constraint") {
		_, k = a.name(k + 1)
	}
	switch kind := a.word(k); kind {
	case "foreign", "check":
		if a.find(k, "valid") >= 0 && a.word(a.find(k, "valid")-1) == "not" {
			return
		}
		what := map[string]string{"foreign": "a FOREIGN KEY", "check": "a CHECK"}[kind]
		l.report(a, i, ruleConstraintValid, fmt.Sprintf("adding %s constraint checks every row of %q while holding a lock that blocks its writes", what, table),
			"add it NOT VALID, then VALIDATE CONSTRAINT in a later migration (which lets reads and writes go on)")
	case "unique", "primary":
		if a.find(k, "using") >= 0 && a.is(a.find(k, "using"), "using", "index") {
			return
		}
		what := map[string]string{"unique": "UNIQUE", "primary": "PRIMARY KEY"}[kind]
		l.report(a, i, ruleUniqueConstraint, fmt.Sprintf("ADD %s builds its index while holding an ACCESS EXCLUSIVE lock on %q", what, table),
			fmt.Sprintf("build a unique index with CREATE UNIQUE INDEX CONCURRENTLY in a script of its own, then ADD CONSTRAINT … %s USING INDEX", what))
	}
}

// volatileFuncs are common functions whose value changes from row to row:
// as a column's default, each row needs its own, so ADD COLUMN rewrites.
var volatileFuncs = []string{"random", "clock_timestamp", "timeofday", "gen_random_uuid", "uuid_generate_v1",
	"uuid_generate_v1mc", "uuid_generate_v4", "nextval", "setseed"}

// volatileCall returns the first function of volatileFuncs called in
// tokens [i, end], or "".
func (s *lintStmt) volatileCall(i, end int) string {
	for ; i < end; i++ {
		if w := s.word(i); slices.Contains(volatileFuncs, w) && s.is(i+1, "(") {
			return w
		}
	}
	return ""
}

// serialTypes are the types whose default is nextval(…).
var serialTypes = []string{"serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"}

// columnDef is what ADD COLUMN's definition says.
type columnDef struct {
	name                   string
	typ                    int // token of the type
	serial                 bool
	def, notNull, generate int // tokens of DEFAULT, NOT NULL, GENERATED; -1 if absent
	defNull                bool
	volatile               string // a volatile function called by the default
	unique, primary        int    // tokens of UNIQUE, PRIMARY KEY; -1 if absent
	validated              int    // token of the first REFERENCES or CHECK; -1 if none
}

// parseColumn reads the column definition at k.
func parseColumn(a *lintStmt, k int) columnDef {
	c := columnDef{typ: k + 1, def: -1, notNull: -1, generate: -1, unique: -1, primary: -1, validated: -1}
	c.name, _ = a.name(k)
	c.serial = slices.Contains(serialTypes, a.word(k+1))
	inDefault := false
	for j := k + 1; j < len(a.toks); j++ {
		switch w := a.word(j); {
		case a.is(j, "("):
			end := a.closing(j)
			if inDefault && c.volatile == "" {
				c.volatile = a.volatileCall(j-1, end)
			}
			j = end
		case w == "default":
			c.def, inDefault = j, true
			c.defNull = a.word(j+1) == "null" && (j+2 == len(a.toks) || slices.Contains([]string{"not", "null", "constraint", "check", "unique", "primary", "references", "collate"}, a.word(j+2)))
		case a.is(j, "not", "null"):
			c.notNull, inDefault = j, false
		case w == "generated":
			c.generate, inDefault = j, false
		case w == "unique":
			c.unique, inDefault = j, false
		case a.is(j, "primary", "key"):
			c.primary, inDefault = j, false
		case w == "check", w == "references":
			if c.validated < 0 {
				c.validated = j
			}
			inDefault = false
		case w == "constraint", w == "collate", w == "null":
			inDefault = false
		}
	}
	return c
}

// addColumn checks ADD COLUMN; k is the column's name.
func (l *scriptLinter) addColumn(a *lintStmt, table string, i, k int) {
	c := parseColumn(a, k)
	rewrite := fmt.Sprintf("rewrites %q under an ACCESS EXCLUSIVE lock", table)
	switch {
	case (c.serial || c.generate >= 0) && c.primary >= 0:
		l.report(a, c.typ, ruleSerialPrimaryKey, fmt.Sprintf("adding a serial primary key %s and builds its index under the same lock", rewrite),
			"add a nullable column with its default set separately, fill it in batches, build a unique index CONCURRENTLY, then ADD PRIMARY KEY USING INDEX")
		return
	case c.serial || c.generate >= 0:
		at := c.typ
		if c.generate >= 0 {
			at = c.generate
		}
		l.report(a, at, ruleAddColumnDefault, fmt.Sprintf("adding column %q with a generated, identity or serial value %s", c.name, rewrite),
			"add a nullable column, SET DEFAULT in a second statement and fill the existing rows in batches")
	case c.def >= 0 && !c.defNull && l.major < 11:
		l.report(a, c.def, ruleAddColumnDefault, fmt.Sprintf("before PostgreSQL 11, adding column %q with a default %s", c.name, rewrite),
			"add the column without a default, SET DEFAULT in a second statement and fill the existing rows in batches")
	case c.def >= 0 && c.volatile != "":
		l.report(a, c.def, ruleAddColumnDefault, fmt.Sprintf("adding column %q with the volatile default %s() %s", c.name, c.volatile, rewrite),
			"add the column without a default, SET DEFAULT in a second statement and fill the existing rows in batches")
	}
	if c.notNull >= 0 && (c.def < 0 || c.defNull) && !c.serial && c.generate < 0 {
		l.report(a, c.notNull, ruleAddColumnNotNull, fmt.Sprintf("adding column %q NOT NULL without a default fails if %q has rows, and the old replicas' INSERTs fail", c.name, table),
			"add it with a default, or nullable: fill it, then add CHECK (column IS NOT NULL) NOT VALID and validate it in a later migration")
	}
	if c.validated >= 0 {
		l.report(a, c.validated, ruleConstraintValid, fmt.Sprintf("a REFERENCES or CHECK constraint on an added column is checked against every row of %q under an ACCESS EXCLUSIVE lock", table),
			"add the column without it, then ADD CONSTRAINT … NOT VALID and VALIDATE CONSTRAINT in a later migration")
	}
	if at := max(c.unique, c.primary); at >= 0 && !c.serial && c.generate < 0 {
		l.report(a, at, ruleUniqueConstraint, fmt.Sprintf("adding a UNIQUE or PRIMARY KEY column builds its index while holding an ACCESS EXCLUSIVE lock on %q", table),
			"add the column, build a unique index with CREATE UNIQUE INDEX CONCURRENTLY in a script of its own, then ADD CONSTRAINT … USING INDEX")
	}
}
