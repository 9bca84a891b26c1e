package migrate

import (
	"bufio"
	"bytes"
	"errors"
	"hash/crc32"
	"io"
)

// utf8BOM is the byte order mark some editors put at the start of a file.
const utf8BOM = "\xEF\xBB\xBF"

// Checksum returns the checksum Flyway 4 and later store for an SQL script:
// the CRC-32 (IEEE) of the script's lines without their terminators, read as
// UTF-8 with a leading byte order mark dropped, as a signed 32-bit integer.
// Line endings (LF, CRLF or CR), blank lines and a final newline therefore do
// not change the checksum; trailing spaces do.
//
// Every CR and LF byte ends a line, so the lines concatenated are the file
// without its CR and LF bytes: Checksum streams and never holds the file.
func Checksum(r io.Reader) (int32, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, err := br.Peek(len(utf8BOM)); err == nil && string(head) == utf8BOM {
		_, _ = br.Discard(len(utf8BOM))
	}
	var sum uint32
	buf := make([]byte, 64<<10)
	for {
		n, err := br.Read(buf)
		chunk := buf[:n]
		for len(chunk) > 0 {
			i := bytes.IndexAny(chunk, "\r\n")
			if i < 0 {
				sum = crc32.Update(sum, crc32.IEEETable, chunk)
				break
			}
			sum = crc32.Update(sum, crc32.IEEETable, chunk[:i])
			chunk = chunk[i+1:]
		}
		if errors.Is(err, io.EOF) {
			return int32(sum), nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// checksumBytes is [Checksum] over an in-memory script.
func checksumBytes(b []byte) int32 {
	sum, _ := Checksum(bytes.NewReader(b)) // reading from memory cannot fail
	return sum
}
