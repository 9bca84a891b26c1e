package sqlscript

import (
	"bytes"
	"io"
	"unicode/utf8"
)

const (
	defaultBufSize = 64 << 10
	maxEmptyReads  = 100 // like bufio: give up on a reader that returns nothing
)

// Scanner reads the statements of a script one at a time. Use it like
// [bufio.Scanner]:
//
//	s := sqlscript.NewScanner(r)
//	for s.Next() {
//		stmt := s.Statement()
//		if stmt.Copy {
//			// stream s.CopyData() to the server
//		}
//	}
//	if err := s.Err(); err != nil { ... }
type Scanner struct {
	r    io.Reader
	rerr error // sticky result of r; io.EOF at the end of the script

	// buf holds the script from offset base on; buf[head:] is unconsumed: the
	// span of the statement being lexed (or COPY data) and read-ahead. Lexer
	// positions are relative to head, so dropping buf[:head] to make room
	// does not invalidate them.
	buf  []byte
	base int64
	head int

	// Lines are counted lazily, only up to the offsets that need a position
	// and before bytes are dropped from buf.
	lineAt    int64 // script offset up to which newlines are counted
	line      int   // 1-based line at lineAt
	lineStart int64 // script offset where that line starts
	colRunes  int   // runes of that line before base, when lineStart < base

	tag []byte // delimiter of the dollar quote being lexed, copied out of buf

	stmt    Statement
	started bool // the byte order mark has been checked
	nonStd  bool // standard_conforming_strings is off
	inCopy  bool // COPY data is being read
	copyBOL bool // at the start of a COPY data line
	done    bool
	err     error
}

// NewScanner returns a Scanner reading the script from r. A leading UTF-8
// byte order mark is removed; offsets and columns count after it.
func NewScanner(r io.Reader) *Scanner {
	size := defaultBufSize
	if l, ok := r.(interface{ Len() int }); ok { // in memory (bytes.Reader, strings.Reader): no bigger than the text
		size = min(size, l.Len()+1)
	}
	return newScanner(r, size)
}

// newScanner lets tests use tiny buffers.
func newScanner(r io.Reader, size int) *Scanner {
	return &Scanner{r: r, buf: make([]byte, 0, max(size, 1)), line: 1}
}

// Next advances to the next statement that has at least one token. It
// returns false at the end of the script or on an error; text that holds
// only whitespace, comments and semicolons after the last statement is not a
// statement. Unread COPY data of the previous statement is skipped.
func (s *Scanner) Next() bool {
	if s.done || s.err != nil {
		return false
	}
	if !s.started {
		s.started = true
		s.skipBOM()
	}
	if s.inCopy {
		for s.inCopy {
			s.copyChunk(int(^uint(0) >> 1))
		}
		if s.err = s.readErr(); s.err != nil {
			return false
		}
	}
	if !s.scan() {
		s.done = true
		return false
	}
	return true
}

// Statement returns the statement found by the last successful call to Next.
func (s *Scanner) Statement() Statement { return s.stmt }

// Err returns the first error: a *SyntaxError for an unterminated quoted
// string, quoted identifier, dollar-quoted string or /* comment, or the
// reader's error.
func (s *Scanner) Err() error { return s.err }

// readErr returns the reader's error, if it is not io.EOF.
func (s *Scanner) readErr() error {
	if s.rerr == io.EOF {
		return nil
	}
	return s.rerr
}

func (s *Scanner) skipBOM() {
	for len(s.buf) < 3 && s.fill() {
	}
	if bytes.HasPrefix(s.buf, []byte("\xef\xbb\xbf")) {
		s.head, s.base = 3, -3
	}
}

// fill reads more input into buf, making room first if buf is full. It
// returns false when no more input can be had.
func (s *Scanner) fill() bool {
	for empty := 0; s.rerr == nil; empty++ {
		if empty == maxEmptyReads {
			s.rerr = io.ErrNoProgress
			break
		}
		if len(s.buf) == cap(s.buf) {
			s.makeRoom()
		}
		n, err := s.r.Read(s.buf[len(s.buf):cap(s.buf)])
		s.buf = s.buf[:len(s.buf)+n]
		if err != nil {
			s.rerr = err
		}
		if n > 0 {
			return true
		}
	}
	return false
}

// makeRoom drops the consumed bytes buf[:head], then grows buf if the
// unconsumed bytes still fill more than half of it.
func (s *Scanner) makeRoom() {
	drop := s.base + int64(s.head)
	if s.lineAt < drop {
		s.countTo(drop)
	}
	if s.lineStart < drop { // the current line continues past the dropped bytes
		if s.lineStart >= s.base {
			s.colRunes = utf8.RuneCount(s.buf[s.lineStart-s.base : s.head])
		} else {
			s.colRunes += utf8.RuneCount(s.buf[:s.head])
		}
	}
	keep := s.buf[s.head:]
	if len(keep) <= cap(s.buf)/2 {
		s.buf = s.buf[:copy(s.buf, keep)]
	} else {
		s.buf = append(make([]byte, 0, 2*cap(s.buf)), keep...)
	}
	s.base, s.head = drop, 0
}

// countTo counts the newlines from lineAt up to script offset off.
func (s *Scanner) countTo(off int64) {
	b := s.buf[s.lineAt-s.base : off-s.base]
	if n := bytes.Count(b, []byte{'\n'}); n > 0 {
		s.line += n
		s.lineStart = s.lineAt + int64(bytes.LastIndexByte(b, '\n')) + 1
		s.colRunes = 0
	}
	s.lineAt = off
}

// position returns the 1-based line and column (in runes) of script offset
// off. Offsets must be asked for in increasing order and still be in buf.
func (s *Scanner) position(off int64) (line, col int) {
	s.countTo(off)
	if s.lineStart >= s.base {
		col = utf8.RuneCount(s.buf[s.lineStart-s.base : off-s.base])
	} else {
		col = s.colRunes + utf8.RuneCount(s.buf[:off-s.base])
	}
	return s.line, col + 1
}

// fail records a syntax error for the construct starting at p, unless the
// construct was cut short by a read error.
func (s *Scanner) fail(p int, msg string) {
	if s.err = s.readErr(); s.err != nil {
		return
	}
	line, col := s.position(s.base + int64(s.head+p))
	s.err = &SyntaxError{Line: line, Column: col, Msg: msg}
}
