package sqlscript

import (
	"bytes"
	"io"
)

// CopyData returns a reader over the data that follows a COPY ... FROM STDIN
// statement: the lines after the statement up to, but excluding, a line
// "\." (also "\.\r\n", or "\." at the end of the script), passed on exactly
// as in the script, line endings included. A script that ends without "\."
// ends the data, as psql accepts. The reader is valid until the next call to
// Next, which skips whatever was not read. For other statements the reader
// is empty.
func (s *Scanner) CopyData() io.Reader { return copyReader{s} }

type copyReader struct{ s *Scanner }

func (r copyReader) Read(p []byte) (int, error) {
	s := r.s
	if len(p) == 0 {
		return 0, nil
	}
	n := 0
	for n < len(p) && s.inCopy {
		if n > 0 && len(s.buf)-s.head < 4 {
			break // return what is ready rather than wait for more input
		}
		n += copy(p[n:], s.copyChunk(len(p)-n))
	}
	if n > 0 {
		return n, nil
	}
	if err := s.readErr(); err != nil {
		return 0, err
	}
	return 0, io.EOF
}

// copyChunk consumes and returns up to max bytes of COPY data, at most to
// the end of a line. The chunk aliases buf. It returns nothing and clears
// inCopy at the end of the data, consuming the "\." line.
func (s *Scanner) copyChunk(max int) []byte {
	if s.copyBOL {
		for len(s.buf)-s.head < 4 && s.fill() {
		}
		if n := copyEnd(s.buf[s.head:], s.rerr != nil); n > 0 {
			s.head += n
			s.inCopy = false
			return nil
		}
	}
	if s.head == len(s.buf) && !s.fill() {
		s.inCopy = false
		return nil
	}
	d := s.buf[s.head:]
	if len(d) > max {
		d = d[:max]
	}
	if i := bytes.IndexByte(d, '\n'); i >= 0 {
		d = d[:i+1]
		s.copyBOL = true
	} else {
		s.copyBOL = false
	}
	s.head += len(d)
	return d
}

// copyEnd returns the length of the end-of-data line "\." at the start of d,
// or 0. d holds at least 4 bytes unless atEOF.
func copyEnd(d []byte, atEOF bool) int {
	if len(d) < 2 || d[0] != '\\' || d[1] != '.' {
		return 0
	}
	switch rest := d[2:]; {
	case len(rest) == 0 && atEOF:
		return 2
	case len(rest) > 0 && rest[0] == '\n':
		return 3
	case len(rest) == 1 && rest[0] == '\r' && atEOF:
		return 3
	case len(rest) > 1 && rest[0] == '\r' && rest[1] == '\n':
		return 4
	}
	return 0
}
