package migrate_test

import (
	"strings"
	"testing"
	"testing/iotest"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// The vectors of ../shared/spec/flyway-compat.md §2, computed with
// java.util.zip.CRC32 and BufferedReader.readLine.
func TestChecksumFlywayVectors(t *testing.T) {
	t.Parallel()
	const alter = "alter table location_history add column valid_until timestamp with time zone;"
	const bom = "\uFEFF"
	tests := []struct {
		name    string
		content string
		want    int32
	}{
		{"alter", alter, -1039259818},
		{"alter LF", alter + "\n", -1039259818},
		{"alter CRLF", alter + "\r\n", -1039259818},
		{"alter BOM", bom + alter, -1039259818},
		{"create LF", "CREATE TABLE a (\n  id int\n);\n", 1420201952},
		{"create CRLF", "CREATE TABLE a (\r\n  id int\r\n);\r\n", 1420201952},
		{"create BOM no final newline", bom + "CREATE TABLE a (\n  id int\n);", 1420201952},
		{"select", "SELECT 1;\n", 78787420},
		{"utf-8 comment", "-- ä\nSELECT 1;\n", 1023755807},
		{"a LF b", "a\nb", -1635563411},
		{"ab", "ab", -1635563411},
		{"a CR CR b", "a\r\rb", -1635563411},
		{"x", "x\n", -1931733373},
		{"x trailing space", "x \n", -1655586359},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := migrate.Checksum(strings.NewReader(tt.content))
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
			// Byte-at-a-time reads split CRLF pairs and the BOM across reads.
			got, err = migrate.Checksum(iotest.OneByteReader(strings.NewReader(tt.content)))
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
}

// Files that are not valid UTF-8 (a Latin-1 comment, truncated sequences):
// Java decodes malformed sequences to U+FFFD before Flyway hashes the lines.
// Values computed with InputStreamReader(UTF-8) + BufferedReader.readLine +
// CRC32 on OpenJDK 17.
func TestChecksumInvalidUTF8MatchesJava(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		content string
		want    int32
	}{
		"latin1":                {"-- lis\xe4\xe4 sarake\nSELECT 1;\n", -406258979},
		"truncated 3-byte":      {"a\xe4\xb8b\n", -793145054},
		"truncated 4-byte":      {"x\xf0\x9f\x98\n", -67322444},
		"lone continuations":    {"\x80\x80abc", 487229690},
		"overlong":              {"\xc0\xafz", -890584047},
		"surrogate":             {"\xed\xa0\x80q", 389260800},
		"E0 overlong":           {"\xe0\x80\x80r", -1508875795},
		"above U+10FFFF":        {"\xf4\x90\x80\x80s", 644194530},
		"mixed":                 {"ä€😀\xff\xfe\r\nend", 1367141367},
		"malformed around CRLF": {"\xe4\r\n\xb8", 1600973741},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := migrate.Checksum(strings.NewReader(tt.content))
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
			got, err = migrate.Checksum(iotest.OneByteReader(strings.NewReader(tt.content)))
			require.NoError(t, err)
			require.Equal(t, tt.want, got, "byte at a time")
		})
	}
}

func TestChecksumBOMOnlyAtStart(t *testing.T) {
	t.Parallel()
	// A BOM after the first byte is content, as in Flyway.
	a, err := migrate.Checksum(strings.NewReader("x\n\uFEFFy"))
	require.NoError(t, err)
	b, err := migrate.Checksum(strings.NewReader("xy"))
	require.NoError(t, err)
	require.NotEqual(t, a, b)
}

func TestChecksumReadError(t *testing.T) {
	t.Parallel()
	_, err := migrate.Checksum(iotest.ErrReader(iotest.ErrTimeout))
	require.ErrorIs(t, err, iotest.ErrTimeout)
}
