package sqlscript

import "io"

// NewScannerSize is NewScanner with an initial buffer of size bytes, so that
// tests can exercise buffer compaction and growth on small scripts.
func NewScannerSize(r io.Reader, size int) *Scanner { return newScanner(r, size) }

// BufCap returns the capacity of the scanner's buffer.
func (s *Scanner) BufCap() int { return cap(s.buf) }
