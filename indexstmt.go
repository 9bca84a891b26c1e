package migrate

import (
	"strings"
	"unicode/utf8"
)

// indexOp is what an index statement does.
type indexOp int

const (
	opNone    indexOp = iota // not an index statement
	opCreate                 // CREATE [UNIQUE] INDEX [CONCURRENTLY]
	opDrop                   // DROP INDEX [CONCURRENTLY]
	opReindex                // REINDEX … CONCURRENTLY
	opSet                    // SET or RESET: changes only the session
)

// indexStmt is an index statement of a script, as far as recovery needs
// it: the names are as PostgreSQL reads them (unquoted ones folded to
// lower case).
type indexStmt struct {
	op           indexOp
	concurrently bool
	ifExists     bool      // CREATE … IF NOT EXISTS, DROP … IF EXISTS
	name         qualified // the index created or dropped; empty for CREATE without a name
	table        qualified // CREATE: the table after ON
	target       string    // REINDEX: index, table, schema, database or system
	object       qualified // REINDEX: the object named, if any
}

// qualified is a possibly schema-qualified name.
type qualified struct{ schema, name string }

// parseIndexStmt reads the index statement that text (a statement from its
// first token) is, if it is one: CREATE [UNIQUE] INDEX, DROP INDEX,
// REINDEX, or a SET or RESET. Anything else, or a form it does not read,
// has op opNone.
func parseIndexStmt(text string) indexStmt {
	t := &identLexer{s: text}
	switch w := t.word(); w {
	case "create":
		return parseCreateIndex(t)
	case "drop":
		return parseDropIndex(t)
	case "reindex":
		return parseReindex(t)
	case "set", "reset":
		return indexStmt{op: opSet}
	}
	return indexStmt{}
}

// parseCreateIndex reads the rest of CREATE [UNIQUE] INDEX
// [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table.
func parseCreateIndex(t *identLexer) indexStmt {
	st := indexStmt{op: opCreate}
	w := t.word()
	if w == "unique" {
		w = t.word()
	}
	if w != "index" {
		return indexStmt{}
	}
	if t.peekWord("concurrently") {
		st.concurrently = true
	}
	if t.peekWord("if") {
		if !t.peekWord("not") || !t.peekWord("exists") {
			return indexStmt{}
		}
		st.ifExists = true
	}
	if !t.peekWord("on") {
		n, ok := t.ident()
		if !ok || !t.peekWord("on") {
			return indexStmt{}
		}
		st.name = qualified{name: n}
	}
	t.peekWord("only")
	table, ok := t.qualifiedName()
	if !ok {
		return indexStmt{}
	}
	st.table = table
	return st
}

// parseDropIndex reads the rest of DROP INDEX [CONCURRENTLY] [IF EXISTS]
// name; a list of several indexes is not read.
func parseDropIndex(t *identLexer) indexStmt {
	if t.word() != "index" {
		return indexStmt{}
	}
	st := indexStmt{op: opDrop, concurrently: t.peekWord("concurrently")}
	if t.peekWord("if") {
		if !t.peekWord("exists") {
			return indexStmt{}
		}
		st.ifExists = true
	}
	name, ok := t.qualifiedName()
	if !ok || t.peekPunct(',') {
		return indexStmt{}
	}
	st.name = name
	return st
}

// parseReindex reads the rest of REINDEX [(options)] INDEX|TABLE|SCHEMA|
// DATABASE|SYSTEM [CONCURRENTLY] [name]; only a concurrent one is kept.
func parseReindex(t *identLexer) indexStmt {
	st := indexStmt{op: opReindex}
	if t.peekPunct('(') {
		st.concurrently = t.optionsConcurrently()
	}
	st.target = t.word()
	switch st.target {
	case "index", "table", "schema", "database", "system":
	default:
		return indexStmt{}
	}
	if t.peekWord("concurrently") {
		st.concurrently = true
	}
	if !st.concurrently {
		return indexStmt{}
	}
	if st.target == "database" || st.target == "system" {
		return st
	}
	name, ok := t.qualifiedName()
	if !ok || st.target == "schema" && name.schema != "" {
		return indexStmt{}
	}
	st.object = name
	return st
}

// identLexer reads the identifiers and keywords at the start of a
// statement, skipping blanks and comments.
type identLexer struct {
	s string
	i int
}

// skip moves past blanks and comments.
func (t *identLexer) skip() {
	for t.i < len(t.s) {
		switch {
		case strings.ContainsRune(" \t\n\r\f\v", rune(t.s[t.i])):
			t.i++
		case strings.HasPrefix(t.s[t.i:], "--"):
			end := strings.IndexByte(t.s[t.i:], '\n')
			if end < 0 {
				t.i = len(t.s)
				return
			}
			t.i += end + 1
		case strings.HasPrefix(t.s[t.i:], "/*"):
			t.i += 2
			for depth := 1; depth > 0 && t.i < len(t.s); {
				switch {
				case strings.HasPrefix(t.s[t.i:], "/*"):
					depth, t.i = depth+1, t.i+2
				case strings.HasPrefix(t.s[t.i:], "*/"):
					depth, t.i = depth-1, t.i+2
				default:
					t.i++
				}
			}
		default:
			return
		}
	}
}

// isIdentStart reports whether r can start an unquoted identifier.
func isIdentStart(r rune) bool {
	return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80
}

// isIdentCont reports whether r can continue an unquoted identifier.
func isIdentCont(r rune) bool { return isIdentStart(r) || r == '$' || r >= '0' && r <= '9' }

// word reads an unquoted word folded to lower case, or "".
func (t *identLexer) word() string {
	t.skip()
	start := t.i
	for t.i < len(t.s) {
		r, size := utf8.DecodeRuneInString(t.s[t.i:])
		if t.i == start && !isIdentStart(r) || t.i > start && !isIdentCont(r) {
			break
		}
		t.i += size
	}
	return foldIdent(t.s[start:t.i])
}

// foldIdent folds an unquoted identifier as PostgreSQL does with UTF-8:
// ASCII letters only.
func foldIdent(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// peekWord consumes the unquoted word w if it comes next.
func (t *identLexer) peekWord(w string) bool {
	save := t.i
	if t.word() == w {
		return true
	}
	t.i = save
	return false
}

// peekPunct consumes the character c if it comes next.
func (t *identLexer) peekPunct(c byte) bool {
	t.skip()
	if t.i < len(t.s) && t.s[t.i] == c {
		t.i++
		return true
	}
	return false
}

// ident reads an identifier, quoted or not.
func (t *identLexer) ident() (string, bool) {
	t.skip()
	if t.i < len(t.s) && (t.s[t.i] == 'U' || t.s[t.i] == 'u') && strings.HasPrefix(t.s[t.i+1:], `&"`) {
		return "", false // U&"…" with escapes: not read
	}
	if t.i >= len(t.s) || t.s[t.i] != '"' {
		w := t.word()
		return w, w != ""
	}
	var b strings.Builder
	for t.i++; t.i < len(t.s); t.i++ {
		if t.s[t.i] == '"' {
			if t.i+1 < len(t.s) && t.s[t.i+1] == '"' {
				b.WriteByte('"')
				t.i++
				continue
			}
			t.i++
			return b.String(), b.Len() > 0
		}
		b.WriteByte(t.s[t.i])
	}
	return "", false
}

// qualifiedName reads name or schema.name (catalog.schema.name keeps
// schema and name).
func (t *identLexer) qualifiedName() (qualified, bool) {
	var parts []string
	for {
		n, ok := t.ident()
		if !ok {
			return qualified{}, false
		}
		parts = append(parts, n)
		if len(parts) == 3 || !t.peekPunct('.') {
			break
		}
	}
	if len(parts) == 1 {
		return qualified{name: parts[0]}, true
	}
	return qualified{schema: parts[len(parts)-2], name: parts[len(parts)-1]}, true
}

// optionsConcurrently reads REINDEX's parenthesised options after "(" and
// reports whether they turn CONCURRENTLY on.
func (t *identLexer) optionsConcurrently() bool {
	on := false
	for t.i < len(t.s) {
		if t.peekPunct(')') {
			return on
		}
		if t.peekPunct(',') {
			continue
		}
		w := t.word()
		if w == "" {
			t.i++ // a value such as 1 or 'on'
			continue
		}
		if w == "concurrently" {
			on = true
			save := t.i
			switch t.word() {
			case "false", "off":
				on = false
			case "":
				if t.peekPunct('0') {
					on = false
				}
			default:
				t.i = save
			}
		}
	}
	return on
}
