package migrate

import (
	"bytes"
	"errors"
	"hash/crc32"
	"io"
	"unicode/utf8"
)

// utf8BOM is the byte order mark some editors put at the start of a file.
const utf8BOM = "\xEF\xBB\xBF"

// replacementChar is U+FFFD in UTF-8, what Java decodes a malformed byte
// sequence to.
const replacementChar = "\xEF\xBF\xBD"

// Checksum returns the checksum Flyway 4 and later store for an SQL script:
// the CRC-32 (IEEE) of the script's lines without their terminators, read as
// UTF-8 with a leading byte order mark dropped, as a signed 32-bit integer.
// Line endings (LF, CRLF or CR), blank lines and a final newline therefore do
// not change the checksum; trailing spaces do. Bytes that are not valid
// UTF-8 count as U+FFFD, grouped the way Java's UTF-8 decoder groups them,
// so such files get Flyway's checksum too.
//
// Every CR and LF byte ends a line, so the lines concatenated are the file
// without its CR and LF bytes: Checksum streams and never holds the file.
// Its buffer starts small and grows to 64 KiB for large inputs.
func Checksum(r io.Reader) (int32, error) {
	var (
		h          checksummer
		buf        = make([]byte, 512)
		carry      int  // bytes of an incomplete sequence kept at the start of buf
		bomChecked bool // the start was checked for a byte order mark
	)
	for {
		n, err := r.Read(buf[carry:])
		eof := errors.Is(err, io.EOF)
		if err != nil && !eof {
			return 0, err
		}
		data := buf[:carry+n]
		if !bomChecked {
			if len(data) < len(utf8BOM) && !eof {
				carry = len(data)
				continue
			}
			bomChecked = true
			data = bytes.TrimPrefix(data, []byte(utf8BOM))
		}
		full := carry+n == len(buf)
		used := h.write(data, eof)
		if eof {
			return int32(h.sum), nil
		}
		if full && len(buf) < 64<<10 {
			buf = make([]byte, 2*len(buf))
		}
		carry = copy(buf, data[used:])
	}
}

// checksumBytes is [Checksum] over an in-memory script.
func checksumBytes(b []byte) int32 { return checksumBytesWith(b, nil) }

// checksumBytesWith is checksumBytes with a scratch buffer to reuse.
func checksumBytesWith(b []byte, scratch *[]byte) int32 {
	if len(b) >= 3 && string(b[:3]) == utf8BOM {
		b = b[3:]
	}
	if utf8.Valid(b) {
		if scratch == nil {
			scratch = new([]byte)
		}
		if len(*scratch) == 0 {
			*scratch = make([]byte, 2048)
		}
		return checksumLines(b, *scratch)
	}
	var h checksummer
	h.write(b, true)
	return int32(h.sum)
}

// checksumLines returns the CRC-32 of valid UTF-8 text without its CR and
// LF bytes, gathering the lines in buf so that the CRC runs over long
// spans.
func checksumLines(b, buf []byte) int32 {
	var (
		sum uint32
		n   int
	)
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		line := b
		if i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		for len(line) > 0 {
			j := bytes.IndexByte(line, '\r')
			part := line
			if j >= 0 {
				part, line = line[:j], line[j+1:]
			} else {
				line = nil
			}
			for len(part) > 0 {
				c := copy(buf[n:], part)
				n, part = n+c, part[c:]
				if n == len(buf) {
					sum, n = crc32.Update(sum, crc32.IEEETable, buf[:n]), 0
				}
			}
		}
	}
	return int32(crc32.Update(sum, crc32.IEEETable, buf[:n]))
}

// checksummer accumulates the CRC-32 of text as Java decodes it, without
// CR and LF.
type checksummer struct{ sum uint32 }

func (h *checksummer) add(b []byte) { h.sum = crc32.Update(h.sum, crc32.IEEETable, b) }

// write adds data and returns how many bytes it used: all of them unless
// data ends in an incomplete sequence and more input follows (eof false).
func (h *checksummer) write(data []byte, eof bool) int {
	start := 0 // start of the current run of good bytes
	flush := func(end int) {
		if start < end {
			h.add(data[start:end])
		}
	}
	i := 0
	for i < len(data) {
		c := data[i]
		if c == '\r' || c == '\n' {
			flush(i)
			i++
			start = i
			continue
		}
		if c < 0x80 {
			i++
			continue
		}
		n, bad := javaUTF8(data[i:], eof)
		switch {
		case n == 0: // incomplete sequence: wait for more input
			flush(i)
			return i
		case bad:
			flush(i)
			h.add([]byte(replacementChar))
			i += n
			start = i
		default:
			i += n
		}
	}
	flush(i)
	return i
}

// javaUTF8 reads the non-ASCII sequence at the start of b as Java's UTF-8
// decoder does: it returns the sequence's length and whether it is
// malformed (one U+FFFD for the n bytes), or n = 0 if b ends before the
// sequence does and more input follows.
func javaUTF8(b []byte, eof bool) (n int, bad bool) {
	cont := func(i int) bool { return i < len(b) && b[i]&0xC0 == 0x80 }
	b1 := b[0]
	need := 0
	switch {
	case b1 >= 0xC2 && b1 <= 0xDF:
		need = 2
	case b1 >= 0xE0 && b1 <= 0xEF:
		need = 3
	case b1 >= 0xF0 && b1 <= 0xF4:
		need = 4
	default:
		return 1, true // continuation byte, C0, C1, F5–FF
	}
	switch need {
	case 2:
		if len(b) >= 2 && !cont(1) {
			return 1, true
		}
	case 3:
		if len(b) >= 2 && (b1 == 0xE0 && b[1]&0xE0 == 0x80 || !cont(1)) {
			return 1, true
		}
		if len(b) >= 3 && !cont(2) {
			return 2, true
		}
		if len(b) >= 3 && b1 == 0xED && b[1] >= 0xA0 {
			return 3, true // surrogate
		}
	case 4:
		if len(b) >= 2 && (b1 == 0xF0 && (b[1] < 0x90 || b[1] > 0xBF) || b1 == 0xF4 && b[1]&0xF0 != 0x80 || !cont(1)) {
			return 1, true
		}
		if len(b) >= 3 && !cont(2) {
			return 2, true
		}
		if len(b) >= 4 && !cont(3) {
			return 3, true
		}
	}
	if len(b) < need {
		if !eof {
			return 0, false
		}
		return len(b), true // Java: the rest of the input is one malformed sequence
	}
	return need, false
}
