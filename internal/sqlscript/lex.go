package sqlscript

import (
	"bytes"
	"regexp"
	"strings"
)

// The lexer works on s.buf[s.head:] with positions relative to s.head. Every
// helper takes the position where its token starts and returns the position
// after it, or -1 after recording an error in s.err. Helpers read more input
// through fill or peek when they reach the end of the buffer, which may move
// s.buf: callers re-slice it after each call.

// scan lexes the next statement and sets s.stmt. It returns false at the end
// of the script or on an error.
func (s *Scanner) scan() bool {
	var st state
	first := -1 // position of the first token
	p := 0
	terminated := false
	meta := false
	d := s.buf[s.head:]
	for !terminated {
		if p >= len(d) {
			if !s.fill() {
				break
			}
			d = s.buf[s.head:]
			continue
		}
		switch c := d[p]; c {
		case ' ', '\t', '\n', '\r', '\f':
			p++
			continue
		case '-':
			if s.peek(p+1) == '-' {
				p = s.lineEnd(p + 2)
				d = s.buf[s.head:]
				continue
			}
		case '/':
			if s.peek(p+1) == '*' {
				if p = s.comment(p); p < 0 {
					return false
				}
				d = s.buf[s.head:]
				continue
			}
		case '\\':
			if first < 0 { // a psql meta-command: the rest of the line
				first = p
				p = s.metaEnd(p)
				d = s.buf[s.head:]
				meta = true
				terminated = true
				continue
			}
		case ';':
			if st.depth == 0 && st.atomic == 0 {
				// Before the first token this ends an empty statement, which
				// the server ignores: it becomes part of the leading text.
				p++
				terminated = first >= 0
				continue
			}
		}
		if first < 0 {
			first = p
		}
		if p = s.token(&st, p); p < 0 {
			return false
		}
		d = s.buf[s.head:]
	}
	if !terminated {
		if s.err = s.readErr(); s.err != nil {
			return false
		}
	}
	if first < 0 {
		return false
	}

	if i := bytes.IndexByte(s.buf[s.head:s.head+p], 0); i >= 0 {
		s.fail(i, "NUL byte in script")
		return false
	}
	kind, isCopy := st.classify()
	if meta {
		kind = Meta
	}
	if isCopy && terminated {
		// The data starts on the next line; only blanks or a comment may
		// follow the ';' on the COPY line.
		if p = s.copyLineEnd(p); p < 0 {
			return false
		}
	}
	off := s.base + int64(s.head)
	line, col := s.position(off + int64(first))
	s.stmt = Statement{
		Text:   string(s.buf[s.head : s.head+p]),
		Start:  first,
		Offset: off,
		Line:   line,
		Column: col,
		Kind:   kind,
		Copy:   isCopy,
	}
	if meta {
		s.stmt.Command = metaName(s.stmt.Text[first+1:])
	}
	s.stmt.SetsStrings = s.trackStandardStrings(&st, s.stmt.Text[first:])
	s.head += p
	if isCopy {
		s.inCopy, s.copyBOL = true, true
		s.stmt.CopyLine, _ = s.position(s.base + int64(s.head))
	}
	return true
}

// token lexes the token at p, which is not whitespace or a comment.
func (s *Scanner) token(st *state, p int) int {
	switch c := s.buf[s.head+p]; {
	case isIdentStart(c):
		return s.word(st, p, c)
	case c == '\'':
		st.other()
		if s.nonStd { // standard_conforming_strings off: like E'...'
			return s.escapeString(p, 1)
		}
		return s.quoted(p, 1, '\'', "unterminated quoted string")
	case c == '"':
		st.other()
		return s.quoted(p, 1, '"', "unterminated quoted identifier")
	case c == '$':
		return s.dollar(st, p)
	case isDigit(c) || c == '.' && isDigit(s.peek(p+1)):
		st.other()
		return s.number(p)
	case c == '(':
		st.open()
	case c == ')':
		st.close()
	default: // operators and punctuation; "--" and "/*" were handled by scan
		st.other()
	}
	return p + 1
}

// word lexes an identifier or keyword, or a string with a one-letter prefix
// (E'...', B'...', X'...', N'...', U&'...') or a U&"..." identifier.
func (s *Scanner) word(st *state, p int, c byte) int {
	switch c | 0x20 { // ASCII lower case
	case 'e':
		if s.peek(p+1) == '\'' {
			st.other()
			return s.escapeString(p, 2)
		}
	case 'b':
		if s.peek(p+1) == '\'' {
			st.other()
			return s.quoted(p, 2, '\'', "unterminated bit string literal")
		}
	case 'x':
		if s.peek(p+1) == '\'' {
			st.other()
			return s.quoted(p, 2, '\'', "unterminated hexadecimal string literal")
		}
	case 'n':
		if s.peek(p+1) == '\'' {
			st.other()
			if s.nonStd {
				return s.escapeString(p, 2)
			}
			return s.quoted(p, 2, '\'', "unterminated quoted string")
		}
	case 'u':
		if s.peek(p+1) == '&' {
			st.other()
			switch s.peek(p + 2) {
			case '\'':
				return s.quoted(p, 3, '\'', "unterminated quoted string")
			case '"':
				return s.quoted(p, 3, '"', "unterminated quoted identifier")
			}
			return p + 1 // psql's xufailed: the "u" alone, not an identifier
		}
	}
	q := s.identEnd(p + 1)
	st.word(s.buf[s.head+p : s.head+q])
	return q
}

// quoted lexes a string or identifier whose content starts skip bytes after
// p and ends at a quote q that is not doubled.
func (s *Scanner) quoted(p, skip int, q byte, msg string) int {
	i := p + skip
	for {
		d := s.buf[s.head:]
		if j := bytes.IndexByte(d[i:], q); j >= 0 {
			i += j + 1
			if s.peek(i) == q { // doubled: part of the content
				i++
				continue
			}
			return i
		}
		i = len(d)
		if !s.fill() {
			s.fail(p, msg)
			return -1
		}
	}
}

// escapeString lexes an E'...' string whose content starts skip bytes after
// p (or, while standard_conforming_strings is off, a '...' or N'...'
// string), in which a backslash escapes the next byte. Like scan.l, it continues the string across a following quote that is
// separated from the closing one by whitespace containing a newline
// (E'a\'x', a newline, then 'b\'x' is one string), where the escapes
// still apply.
func (s *Scanner) escapeString(p, skip int) int {
	i := p + skip
	for {
		d := s.buf[s.head:]
		for i < len(d) && d[i] != '\'' && d[i] != '\\' {
			i++
		}
		if i >= len(d) {
			if !s.fill() {
				s.fail(p, "unterminated quoted string")
				return -1
			}
			continue
		}
		if d[i] == '\\' {
			i += 2
			continue
		}
		i++
		if s.peek(i) == '\'' {
			i++
			continue
		}
		if j := s.continuation(i); j >= 0 {
			i = j
			continue
		}
		return i
	}
}

// continuation reports whether a quoted string that ended before i continues:
// scan.l's {whitespace_with_newline}{quote}. It returns the position after
// the continuing quote, or -1.
func (s *Scanner) continuation(i int) int {
	newline := false
	for {
		switch c, ok := s.peekOK(i); {
		case !ok:
			return -1
		case c == ' ' || c == '\t' || c == '\f':
			i++
		case c == '\n' || c == '\r':
			newline = true
			i++
		case c == '-' && s.peek(i+1) == '-':
			i = s.lineEnd(i + 2)
		case c == '\'' && newline:
			return i + 1
		default:
			return -1
		}
	}
}

// dollar lexes a token starting with '$': a parameter ($1), a dollar-quoted
// string ($$...$$, $tag$...$tag$) or a lone '$'.
func (s *Scanner) dollar(st *state, p int) int {
	st.other()
	switch c := s.peek(p + 1); {
	case isDigit(c):
		q := s.digitsEnd(p + 2)
		if isIdentStart(s.peek(q)) { // PostgreSQL 15's param_junk: one token
			q = s.identEnd(q + 1)
		}
		return q
	case c == '$' || isIdentStart(c):
		q := p + 1
		if c != '$' {
			q = s.tagEnd(p + 2)
		}
		if s.peek(q) == '$' {
			return s.dollarQuoted(p, q+1)
		}
	}
	// scan.l's dolqfailed: the '$' alone; what follows is lexed afresh.
	return p + 1
}

// dollarQuoted lexes the body of a dollar-quoted string whose delimiter is
// at [p, q). The body ends at the first occurrence of the delimiter, which is
// what scan.l's rules amount to.
func (s *Scanner) dollarQuoted(p, q int) int {
	s.tag = append(s.tag[:0], s.buf[s.head+p:s.head+q]...)
	i := q
	for {
		d := s.buf[s.head:]
		if j := bytes.Index(d[i:], s.tag); j >= 0 {
			return i + j + len(s.tag)
		}
		i = max(i, len(d)-len(s.tag)+1)
		if !s.fill() {
			s.fail(p, "unterminated dollar-quoted string")
			return -1
		}
	}
}

// number lexes a numeric literal as PostgreSQL 15 does: integer, decimal or
// real, and an identifier glued to it as part of the same (invalid) token.
func (s *Scanner) number(p int) int {
	q := s.digitsEnd(p)
	if s.peek(q) == '.' && s.peek(q+1) != '.' { // "1..2" is 1, .., 2
		q = s.digitsEnd(q + 1)
	}
	if c := s.peek(q); c == 'e' || c == 'E' {
		r := q + 1
		if c := s.peek(r); c == '+' || c == '-' {
			r++
		}
		switch {
		case isDigit(s.peek(r)):
			q = s.digitsEnd(r)
		case r > q+1:
			return q // realfail: "1e+" is 1 followed by e, +
		}
	}
	if isIdentStart(s.peek(q)) { // trailing junk
		q = s.identEnd(q + 1)
	}
	return q
}

// comment lexes a /* comment */ starting at p; these nest.
func (s *Scanner) comment(p int) int {
	depth := 0
	i := p + 2
	for {
		d := s.buf[s.head:]
		for i+1 < len(d) {
			switch {
			case d[i] == '*' && d[i+1] == '/':
				i += 2
				if depth == 0 {
					return i
				}
				depth--
			case d[i] == '/' && d[i+1] == '*':
				i += 2
				depth++
			default:
				i++
			}
		}
		if !s.fill() {
			s.fail(p, "unterminated /* comment")
			return -1
		}
	}
}

// lineEnd returns the position of the next '\n' or '\r' at or after i, or
// the end of the script.
func (s *Scanner) lineEnd(i int) int {
	for {
		d := s.buf[s.head:]
		for ; i < len(d); i++ {
			if d[i] == '\n' || d[i] == '\r' {
				return i
			}
		}
		if !s.fill() {
			return i
		}
	}
}

// metaEnd returns the position after the line of the psql meta-command at
// p: after its "\n" or "\r\n", or the end of the script.
func (s *Scanner) metaEnd(p int) int {
	i := s.lineEnd(p + 1)
	if c, ok := s.peekOK(i); ok {
		i++
		if c == '\r' && s.peek(i) == '\n' {
			i++
		}
	}
	return i
}

// metaName returns the name of a meta-command from the text after its
// backslash: up to whitespace or a backslash, as psql reads it.
func metaName(t string) string {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ' ', '\t', '\n', '\r', '\f', '\v', '\\':
			return t[:i]
		}
	}
	return t
}

// Statements that change standard_conforming_strings, as psql learns from
// the server; see trackStandardStrings.
var (
	setStandardStrings       = regexp.MustCompile(`(?is)^set\s+(?:(?:session|local)\s+)?"?standard_conforming_strings"?\s*(?:=|\sto\s)\s*(?:'([^']*)'|([a-z0-9_]+))`)
	resetStandardStrings     = regexp.MustCompile(`(?is)^reset\s+(?:all|"?standard_conforming_strings"?)\s*(?:;|$)`)
	setConfigStandardStrings = regexp.MustCompile(`(?is)set_config\s*\(\s*'standard_conforming_strings'\s*,\s*'([^']*)'`)
)

// trackStandardStrings follows a statement text that sets or resets
// standard_conforming_strings: the statements after it are lexed with the
// new value. Values the server would refuse change nothing.
// It reports whether the statement sets it.
func (s *Scanner) trackStandardStrings(st *state, text string) bool {
	var value string
	switch st.toks[0] {
	case kwSet:
		m := setStandardStrings.FindStringSubmatch(text)
		if m == nil {
			return false
		}
		value = m[1] + m[2]
	case kwReset:
		if !resetStandardStrings.MatchString(text) {
			return false
		}
		value = "on"
	case kwSelect:
		if !strings.Contains(text, "set_config") && !strings.Contains(text, "SET_CONFIG") {
			return false
		}
		m := setConfigStandardStrings.FindStringSubmatch(text)
		if m == nil {
			return false
		}
		value = m[1]
	default:
		return false
	}
	on, ok := parseBool(value)
	if ok {
		s.nonStd = !on
	}
	return ok
}

// parseBool reads a boolean setting as PostgreSQL's parse_bool does (any
// unique prefix of true, false, yes, no; on, off; 1, 0), and DEFAULT as on,
// the server's default for standard_conforming_strings.
func parseBool(v string) (value, ok bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "" {
		return false, false
	}
	prefix := func(word string) bool { return strings.HasPrefix(word, v) }
	switch {
	case v == "default", v == "on", v == "1", prefix("true"), prefix("yes"):
		return true, true
	case v == "of" || v == "off", v == "0", prefix("false"), prefix("no"):
		return false, true
	}
	return false, false
}

// copyLineEnd returns the position after the line terminator that follows
// the ';' of a COPY ... FROM STDIN statement at i, where the data starts.
func (s *Scanner) copyLineEnd(i int) int {
	for {
		switch c, ok := s.peekOK(i); {
		case !ok:
			return i
		case c == '\n':
			return i + 1
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			i++
		case c == '-' && s.peek(i+1) == '-':
			i = s.lineEnd(i + 2)
		default:
			// psql would run this text after the data; keep scripts simple.
			s.fail(i, "text after COPY ... FROM STDIN on the same line; the data must start on the next line")
			return -1
		}
	}
}

// identEnd, tagEnd and digitsEnd return the position of the first byte at
// or after i that is not in their class, or the end of the script.

func (s *Scanner) identEnd(i int) int {
	for {
		d := s.buf[s.head:]
		for i < len(d) && isIdentCont(d[i]) {
			i++
		}
		if i < len(d) || !s.fill() {
			return i
		}
	}
}

func (s *Scanner) tagEnd(i int) int {
	for {
		d := s.buf[s.head:]
		for i < len(d) && isTagCont(d[i]) {
			i++
		}
		if i < len(d) || !s.fill() {
			return i
		}
	}
}

func (s *Scanner) digitsEnd(i int) int {
	for {
		d := s.buf[s.head:]
		for i < len(d) && isDigit(d[i]) {
			i++
		}
		if i < len(d) || !s.fill() {
			return i
		}
	}
}

// peek returns the byte at i, or 0 at the end of the script.
func (s *Scanner) peek(i int) byte {
	c, _ := s.peekOK(i)
	return c
}

// peekOK returns the byte at i; ok is false at the end of the script.
func (s *Scanner) peekOK(i int) (c byte, ok bool) {
	for s.head+i >= len(s.buf) {
		if !s.fill() {
			return 0, false
		}
	}
	return s.buf[s.head+i], true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isIdentStart reports scan.l's ident_start: [A-Za-z\200-\377_].
func isIdentStart(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_' || c >= 0x80
}

// Bit sets of the ASCII bytes in scan.l's ident_cont: letters, '_', digits
// and '$'; identLo covers bytes 0-63, identHi 64-127.
const (
	identLo uint64 = 1<<'$' | (1<<10-1)<<'0'
	identHi uint64 = (1<<26-1)<<('A'-64) | 1<<('_'-64) | (1<<26-1)<<('a'-64)
)

// isIdentCont reports scan.l's ident_cont: ident_start, digits and '$'.
func isIdentCont(c byte) bool {
	switch {
	case c < 64:
		return identLo>>c&1 != 0
	case c < 128:
		return identHi>>(c-64)&1 != 0
	}
	return true
}

// isTagCont reports scan.l's dolq_cont: like ident_cont without '$'.
func isTagCont(c byte) bool { return isIdentStart(c) || isDigit(c) }
