package migrate

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// checksumBytes (files read whole) and Checksum (streams, small reads)
// agree on every input: line endings, byte order marks, multi-byte and
// invalid UTF-8, lines longer than checksumLines' buffer.
func TestChecksumBytesMatchesChecksum(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 9))
	pieces := [][]byte{[]byte("a"), []byte("SELECT 1;"), []byte("\n"), []byte("\r"), []byte("\r\n"), []byte("ä"),
		[]byte("€"), []byte(utf8BOM), {0xff}, {0xe2, 0x82}, {0xc3}, bytes.Repeat([]byte("x"), 3000)}
	for i := range 3000 {
		var b []byte
		if i%5 == 0 {
			b = append(b, utf8BOM...)
		}
		for range rng.IntN(40) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		want, err := Checksum(oneByteReader{bytes.NewReader(b)})
		require.NoError(t, err)
		got, err := Checksum(bytes.NewReader(b))
		require.NoError(t, err)
		require.Equal(t, want, got, "%q", b)
		require.Equal(t, want, checksumBytes(b), "%q", b)
	}
}

// oneByteReader reads one byte at a time, the hardest case for carrying
// sequences and the byte order mark across reads.
type oneByteReader struct{ r *bytes.Reader }

func (o oneByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

// BenchmarkChecksumBytes measures checksumming alone: 1,000 scripts of
// 200 to 400 bytes held in memory, as New does once it has read them.
func BenchmarkChecksumBytes(b *testing.B) {
	files := make([][]byte, 1000)
	size := 0
	for i := range files {
		var s bytes.Buffer
		for s.Len() < 200+i%200 {
			s.WriteString("CREATE TABLE t (id bigserial PRIMARY KEY, name text NOT NULL);\r\n")
		}
		files[i] = s.Bytes()
		size += s.Len()
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var scratch []byte
	for b.Loop() {
		for _, f := range files {
			checksumBytesWith(f, &scratch)
		}
	}
}
