package migrate

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

// stmt is one statement to send: SQL from a script or from Runway, the
// data of a COPY … FROM STDIN, or Go code.
type stmt struct {
	text  string // SQL to send, placeholders replaced
	kind  sqlscript.Kind
	copy  io.Reader                       // data for COPY … FROM STDIN
	run   func(ctx context.Context) error // Go code instead of SQL
	src   *stmtSource                     // nil for Runway's own SQL
	guard bool                            // txGuard: its failure means the script ended the transaction
	alone bool                            // what follows must go in another query (it sets standard_conforming_strings)

	status bool // Runway's status insert: its failure is a statusStmtError
}

// stmtSource says where a statement is in its script, to locate errors.
type stmtSource struct {
	script    *script
	span      string   // the statement's text in the file (leading comments included)
	start     int      // byte offset in span of the first token
	line, col int      // line and column of the first token in the file
	rep       replaced // placeholder replacement of span
	copyLine  int      // for COPY: file line where the data starts
}

// position returns the file line and column of a character offset in the
// sent (replaced) text, and the text of that line.
func (s *stmtSource) position(offset int) (line, col int, text string) {
	orig := s.rep.origOffset(offset)
	l0, c0 := lineCol(s.span, utf8.RuneCountInString(s.span[:s.start]))
	l, c := lineCol(s.span, orig)
	switch {
	case l == 0:
		line, col = s.line, s.col
	case l == l0:
		line, col = s.line, s.col+c-c0
	default:
		line, col = s.line+l-l0, c
	}
	return line, col, s.script.fileLine(line)
}

// errorAt locates err at a character offset of the sent text.
func (s *stmtSource) errorAt(offset int, err error) *locatedError {
	line, col, text := s.position(offset)
	return newLocated(s.script.path, line, col, text, err)
}

// errorAtStart locates err at the statement's first token.
func (s *stmtSource) errorAtStart(err error) *locatedError {
	return s.errorAtLine(s.line, s.col, err)
}

// errorAtLine locates err at a line and column of the script.
func (s *stmtSource) errorAtLine(line, col int, err error) *locatedError {
	return newLocated(s.script.path, line, col, s.script.fileLine(line), err)
}

// fileLine returns line n (1-based) of the script, without its line
// terminator. It is only asked for on failure.
func (s *script) fileLine(n int) string {
	r, err := s.open()
	if err != nil {
		return ""
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for i := 1; sc.Scan(); i++ {
		if i == n {
			line := strings.TrimSuffix(sc.Text(), "\r")
			if i == 1 {
				line = strings.TrimPrefix(line, utf8BOM)
			}
			return line
		}
	}
	return ""
}

// statements calls fn with each statement of the script, placeholders
// replaced with ph (nil: no replacement). The script must have been
// parsed. A COPY statement's data must be consumed by fn.
func (s *script) statements(ph placeholders, fn func(stmt) error) error {
	if s.parsed == nil {
		return errors.New("script not parsed") // a bug: parse comes first
	}
	if s.parsed.stmts != nil {
		for i := range s.parsed.stmts {
			ps := &s.parsed.stmts[i]
			st, err := s.stmt(ps.Statement, ph)
			if err != nil {
				return err
			}
			if ps.Copy {
				st.copy = bytes.NewReader(ps.copyData)
			}
			if err := fn(st); err != nil {
				return err
			}
		}
		return nil
	}
	r, err := s.open()
	if err != nil {
		return err
	}
	defer r.Close()
	sc := sqlscript.NewScanner(r)
	for sc.Next() {
		if sc.Statement().Kind == sqlscript.Meta {
			if _, err := s.metaCommand(sc.Statement()); err != nil {
				return err
			}
			continue
		}
		st, err := s.stmt(sc.Statement(), ph)
		if err != nil {
			return err
		}
		if sc.Statement().Copy {
			st.copy = sc.CopyData()
		}
		if err := fn(st); err != nil {
			return err
		}
	}
	return sc.Err()
}

// metaCommand checks a psql meta-command of the script, which is never
// sent: pg_dump's \restrict and \unrestrict are skipped, and so is
// \connect (or \c) to the database the script runs on, which is checked
// when it runs; any other is an error located at its line.
func (s *script) metaCommand(st sqlscript.Statement) (metaStmt, error) {
	m := metaStmt{command: st.Command, src: s.source(st)}
	switch st.Command {
	case "restrict", "unrestrict":
		return m, nil
	case "connect", "c":
		db, err := parseConnect(st.Text[st.Start+1+len(st.Command):])
		if err != nil {
			return m, m.src.errorAtStart(fmt.Errorf("%w \\%s is not supported: %w", ErrMetaCommand, st.Command, err))
		}
		m.connect, m.db = true, db
		return m, nil
	}
	return m, m.src.errorAtStart(fmt.Errorf("%w \\%s is not supported", ErrMetaCommand, st.Command))
}

// stmt turns a statement of the script into one to send.
func (s *script) stmt(st sqlscript.Statement, ph placeholders) (stmt, error) {
	src := s.source(st)
	if ph != nil {
		rep, err := replacePlaceholders(st.Text, ph)
		if err != nil {
			var pe *placeholderError
			if errors.As(err, &pe) {
				return stmt{}, src.errorAt(pe.offset, err)
			}
			return stmt{}, err
		}
		src.rep = rep
	}
	return stmt{text: src.rep.text, kind: st.Kind, src: src, alone: st.SetsStrings}, nil
}

// locatedError is an SQL error located in a script; it becomes a
// MigrationError.
type locatedError struct {
	script    string
	line, col int
	source    string // the line's text, cut to excerptWidth characters around col
	sourceCol int    // col within source
	err       error
}

// excerptWidth bounds the quoted line of an error: a 50 MB one-line
// statement is quoted around the column, not whole.
const excerptWidth = 160

// newLocated locates err at line and column col of script, keeping at
// most excerptWidth characters of the line around col.
func newLocated(script string, line, col int, text string, err error) *locatedError {
	le := &locatedError{script: script, line: line, col: col, source: text, sourceCol: col, err: err}
	if utf8.RuneCountInString(text) <= excerptWidth {
		return le
	}
	runes := []rune(text)
	start := max(0, min(col-1-excerptWidth/2, len(runes)-excerptWidth))
	end := min(len(runes), start+excerptWidth)
	le.source, le.sourceCol = string(runes[start:end]), col-start
	if start > 0 {
		le.source, le.sourceCol = "…"+le.source, le.sourceCol+1
	}
	if end < len(runes) {
		le.source += "…"
	}
	return le
}

func (e *locatedError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v", e.script, e.line, e.col, e.err)
}

func (e *locatedError) Unwrap() error { return e.err }

// lineCol converts a 0-based character offset in text into a 1-based line
// and column (in characters). Lines end at LF (so CRLF too), as the
// splitter and PostgreSQL's own LINE n count them. It returns 0, 0 for an
// offset outside text.
func lineCol(text string, offset int) (line, col int) {
	if offset < 0 {
		return 0, 0
	}
	line, col = 1, 1
	n := 0
	for _, r := range text {
		if n == offset {
			return line, col
		}
		n++
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return 0, 0
}
