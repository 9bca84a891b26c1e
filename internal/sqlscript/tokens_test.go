package sqlscript_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

func TestTokens(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   string
		want []string // kind:text@offset
	}{
		{"ALTER TABLE t", []string{"w:ALTER@0", "w:TABLE@6", "w:t@12"}},
		{`x.y::int`, []string{"w:x@0", "p:.@1", "w:y@2", "p::@3", "p::@4", "w:int@5"}},
		{`"a ""b"" c" U&"d"`, []string{`q:"a ""b"" c"@0`, `q:U&"d"@12`}},
		{`'it''s' E'\'x' B'01' x'1F' n'z' U&'u'`, []string{`s:'it''s'@0`, `s:E'\'x'@8`, `s:B'01'@15`, `s:x'1F'@21`, `s:n'z'@27`, `s:U&'u'@32`}},
		{"$$a'b$$ $f$ $$ $f$ $1 ${name}", []string{"s:$$a'b$$@0", "s:$f$ $$ $f$@8", "$:$1@19", "p:$@22", "p:{@23", "w:name@24", "p:}@28"}},
		{"-- c1\nx /* a /* b */ c */ y", []string{"c:-- c1@0", "w:x@6", "c:/* a /* b */ c */@8", "w:y@26"}},
		{"1.5e-3 .5 10e 2", []string{"n:1.5e-3@0", "n:.5@7", "n:10@10", "w:e@12", "n:2@14"}},
		{"ÄÖ_x$ 'open", []string{"w:ÄÖ_x$@0", "s:'open@8"}},
		{"/* open", []string{"c:/* open@0"}},
	} {
		var got []string
		for _, tok := range sqlscript.Tokens(tt.in) {
			got = append(got, fmt.Sprintf("%c:%s@%d", "wqsn$pc"[tok.Kind], tok.Text, tok.Offset))
		}
		require.Equal(t, tt.want, got, tt.in)
	}
}
