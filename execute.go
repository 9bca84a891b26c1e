package migrate

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgconn"
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
}

// stmtSource says where a statement is in its script, to locate errors.
type stmtSource struct {
	fsys      fs.FS // where script is, to quote lines
	script    string
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
	return line, col, s.fileLine(line)
}

// fileLine returns line n (1-based) of the script file, without its line
// terminator. It reads the file again: it is only asked for on failure.
func (s *stmtSource) fileLine(n int) string {
	if s.fsys == nil {
		return ""
	}
	f, err := s.fsys.Open(s.script)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
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

// ownSQL turns SQL that Runway generates into statements.
func ownSQL(sql string) []stmt {
	stmts, err := sqlscript.Split(sql)
	if err != nil { // Runway's own SQL always splits
		return []stmt{{text: sql}}
	}
	out := make([]stmt, len(stmts))
	for i, s := range stmts {
		out[i] = stmt{text: s.Text, kind: s.Kind}
	}
	return out
}

// maxBatch is the size at which a batch of statements is sent even though
// more could follow: a long script goes in several round trips rather than
// being held in memory at once.
const maxBatch = 4 << 20

// sender sends statements in as few simple-protocol queries as it can:
// consecutive SQL statements travel together; COPY data, Go code and, in
// single mode, every statement need a round trip of their own.
type sender struct {
	m      *moduleRun
	single bool // one statement per round trip (scripts run outside a transaction)
	q      strings.Builder
	chars  int
	batch  []sent
	done   int // statements of the script that completed, for messages
}

// sent is a statement in the current batch.
type sent struct {
	start, end int // character offsets in the query
	s          stmt
}

// add queues s, sending what must go first.
func (b *sender) add(ctx context.Context, s stmt) error {
	switch {
	case s.run != nil:
		if err := b.flush(ctx); err != nil {
			return err
		}
		return s.run(ctx)
	case s.copy != nil:
		if err := b.flush(ctx); err != nil {
			return err
		}
		if _, err := b.m.sess.conn.PgConn().CopyFrom(ctx, s.copy, s.text); err != nil {
			return locateCopy(err, s)
		}
		b.count(s)
		return nil
	}
	text := s.text
	if t := strings.TrimRightFunc(text, isSpace); !strings.HasSuffix(t, ";") {
		text += "\n;" // a last statement without ';', or ending in a -- comment
	}
	n := utf8.RuneCountInString(text)
	b.batch = append(b.batch, sent{start: b.chars, end: b.chars + n, s: s})
	b.q.WriteString(text)
	b.q.WriteString("\n")
	b.chars += n + 1
	if b.single || b.q.Len() >= maxBatch {
		return b.flush(ctx)
	}
	return nil
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' }

// count records a completed statement.
func (b *sender) count(s stmt) {
	if s.src != nil {
		b.done++
	}
}

// flush sends the batch as one query.
func (b *sender) flush(ctx context.Context) error {
	if len(b.batch) == 0 {
		return nil
	}
	results, err := b.m.sess.conn.PgConn().Exec(ctx, b.q.String()).ReadAll()
	batch := b.batch
	b.q.Reset()
	b.chars, b.batch = 0, nil
	completed := 0 // a statement that fails after its row description also has a result
	for _, r := range results {
		if r.Err == nil {
			completed++
		}
	}
	for i := range min(completed, len(batch)) {
		b.count(batch[i].s)
	}
	if err == nil {
		return nil
	}
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return err
	}
	// The statement that failed: the one the position points at, else the
	// one after those that completed.
	failed := -1
	if pgErr.Position > 0 {
		pos := int(pgErr.Position) - 1
		for i, s := range batch {
			if pos >= s.start && pos < s.end {
				failed = i
				if s.s.src != nil {
					line, col, text := s.s.src.position(pos - s.start)
					return &locatedError{script: s.s.src.script, line: line, col: col, source: text, err: err}
				}
			}
		}
	}
	if failed < 0 && completed < len(batch) {
		failed = completed
	}
	switch {
	case failed >= 0 && batch[failed].s.guard:
		return fmt.Errorf("%w (COMMIT, ROLLBACK or a procedure that commits): nothing is recorded; work committed before that stays, the rest was rolled back", ErrTransactionEnded)
	case failed >= 0 && batch[failed].s.src != nil:
		src := batch[failed].s.src
		return &locatedError{script: src.script, line: src.line, col: src.col, source: src.fileLine(src.line), err: err}
	}
	return err
}

// copyLineRE finds the data line in a COPY error's context
// ("COPY t, line 3, column b: …").
var copyLineRE = regexp.MustCompile(`COPY [^,]+, line (\d+)`)

// locateCopy names the script line of the data row a COPY failed on.
func locateCopy(err error, s stmt) error {
	var pgErr *pgconn.PgError
	if s.src == nil || !errors.As(err, &pgErr) {
		return err
	}
	if m := copyLineRE.FindStringSubmatch(pgErr.Where); m != nil && s.src.copyLine > 0 {
		n, _ := strconv.Atoi(m[1])
		line := s.src.copyLine + n - 1
		return &locatedError{script: s.src.script, line: line, col: 1, source: s.src.fileLine(line), err: err}
	}
	return &locatedError{script: s.src.script, line: s.src.line, col: s.src.col, source: s.src.fileLine(s.src.line), err: err}
}

// locatedError is an SQL error located in a script; migrationError turns
// it into a MigrationError.
type locatedError struct {
	script    string
	line, col int
	source    string // the line's text
	err       error
}

func (e *locatedError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v", e.script, e.line, e.col, e.err)
}

func (e *locatedError) Unwrap() error { return e.err }

// scriptStatements reads a script statement by statement, replacing
// placeholders, and calls fn for each. A COPY statement's data must be
// consumed by fn.
func (m *moduleRun) scriptStatements(mig *migration, fn func(stmt) error) error {
	f, err := mig.fsys.Open(mig.script)
	if err != nil {
		return err
	}
	defer f.Close()
	var ph placeholders
	if !mig.conf.noPlaceholders {
		ph = m.placeholders(mig.script)
	}
	sc := sqlscript.NewScanner(f)
	for sc.Next() {
		st := sc.Statement()
		src := &stmtSource{fsys: mig.fsys, script: mig.script, span: st.Text, start: st.Start, line: st.Line, col: st.Column,
			rep: replaced{text: st.Text}, copyLine: st.CopyLine}
		if !utf8.ValidString(st.Text) {
			bad := 0
			for bad < len(st.Text) {
				r, size := utf8.DecodeRuneInString(st.Text[bad:])
				if r == utf8.RuneError && size <= 1 {
					break
				}
				bad += size
			}
			line, col, text := src.position(utf8.RuneCountInString(st.Text[:bad]))
			return &locatedError{script: mig.script, line: line, col: col, source: text,
				err: fmt.Errorf("invalid UTF-8 (byte 0x%02X): scripts must be UTF-8", st.Text[bad])}
		}
		if ph != nil {
			rep, err := replacePlaceholders(st.Text, ph)
			if err != nil {
				var pe *placeholderError
				if errors.As(err, &pe) {
					line, col, text := src.position(pe.offset)
					return &locatedError{script: mig.script, line: line, col: col, source: text, err: err}
				}
				return err
			}
			src.rep = rep
		}
		s := stmt{text: src.rep.text, kind: st.Kind, src: src}
		if st.Copy {
			s.copy = sc.CopyData()
		}
		if err := fn(s); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		var se *sqlscript.SyntaxError
		if errors.As(err, &se) {
			src := &stmtSource{fsys: mig.fsys, script: mig.script}
			return &locatedError{script: mig.script, line: se.Line, col: se.Column, source: src.fileLine(se.Line), err: errors.New(se.Msg)}
		}
		return err
	}
	return nil
}

// alterTypeAddValue matches ALTER TYPE … ADD VALUE.
var alterTypeAddValue = regexp.MustCompile(`(?is)^ALTER\s+TYPE\s.*\sADD\s+VALUE\s`)

// scriptShape is what a first pass over a script tells about how to run it.
type scriptShape struct {
	noTx       *stmtSource // first statement that cannot run in a transaction
	plain      *stmtSource // first statement that can
	rollback   *stmtSource // first ROLLBACK/ABORT
	txControls int         // BEGIN/COMMIT statements
}

// shape reads the script once, without running it.
func (m *moduleRun) shape(mig *migration) (scriptShape, error) {
	var sh scriptShape
	oldServer := m.sess.serverMajor > 0 && m.sess.serverMajor < 12
	err := m.scriptStatements(mig, func(s stmt) error {
		if oldServer && s.kind == sqlscript.Plain && alterTypeAddValue.MatchString(s.text[s.src.start:]) {
			s.kind = sqlscript.NoTransaction // before PostgreSQL 12 it cannot run in a transaction block
		}
		switch s.kind {
		case sqlscript.NoTransaction:
			if sh.noTx == nil {
				sh.noTx = s.src
			}
		case sqlscript.Begin, sqlscript.Commit:
			sh.txControls++
		case sqlscript.Rollback:
			if sh.rollback == nil {
				sh.rollback = s.src
			}
		default:
			if sh.plain == nil {
				sh.plain = s.src
			}
		}
		if s.copy != nil {
			_, err := io.Copy(io.Discard, s.copy)
			return err
		}
		return nil
	})
	return sh, err
}
