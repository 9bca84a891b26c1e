package migrate_test

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	goversion "github.com/hashicorp/go-version"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

func TestParseVersion(t *testing.T) {
	t.Parallel()
	valid := map[string]string{
		"1":              "1",
		"1_2":            "1.2",
		"1.2":            "1.2",
		"001_2":          "001.2",
		"1_31_5_1":       "1.31.5.1",
		"1_00_0":         "1.00.0",
		"20130115113556": "20130115113556",
		// Flyway allows parts of any length.
		"1_99999999999999999999": "1.99999999999999999999",
	}
	for in, want := range valid {
		v, err := migrate.ParseVersion(in)
		require.NoError(t, err, in)
		require.Equal(t, want, v.String(), in)
	}
	for _, in := range []string{"", "1a", "1-2", "v1", "1..2", ".1", "1.", "1_", " 1", "+1", "1.2.x", "1.-2", "1.2 "} {
		_, err := migrate.ParseVersion(in)
		require.Error(t, err, in)
	}
}

func TestVersionCompare(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b string
		want int
	}{
		{"1", "1.0", 0},
		{"1", "1.0.0", 0},
		{"1.01", "1.1", 0},
		{"001.2", "1.2", 0},
		{"1", "1.0.0.1", -1},
		{"1.9", "1.10", -1},
		{"2.0.0", "1.31.5.1", 1},
		{"0.1", "1", -1},
		{"20130115113556", "20130115113557", -1},
		{"99999999999999999999", "100000000000000000000", -1},
		{"1.000000000000000000000001", "1.1", 0},
		{"1.99999999999999999999", "2", -1},
		{"2.0.0.0", "0002", 0},
	}
	for _, tt := range tests {
		a, err := migrate.ParseVersion(tt.a)
		require.NoError(t, err)
		b, err := migrate.ParseVersion(tt.b)
		require.NoError(t, err)
		require.Equal(t, tt.want, a.Compare(b), "%s vs %s", tt.a, tt.b)
		require.Equal(t, -tt.want, b.Compare(a), "%s vs %s", tt.b, tt.a)
		require.Equal(t, tt.want == 0, a.Equal(b))
	}
	var zero migrate.Version
	one, _ := migrate.ParseVersion("0")
	require.True(t, zero.IsZero())
	require.Equal(t, -1, zero.Compare(one))
}

// Compare agrees with hashicorp/go-version, the reference for comparing
// numeric versions, wherever go-version can hold the parts (int64).
func TestVersionCompareMatchesGoVersion(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	part := func() string {
		switch rng.IntN(4) {
		case 0:
			return "0"
		case 1:
			return "00" + strconv.Itoa(rng.IntN(20))
		}
		return strconv.Itoa(rng.IntN(30))
	}
	gen := func() string {
		parts := make([]string, 1+rng.IntN(5))
		for i := range parts {
			parts[i] = part()
		}
		return strings.Join(parts, ".")
	}
	for range 20000 {
		a, b := gen(), gen()
		va, err := migrate.ParseVersion(a)
		require.NoError(t, err)
		vb, err := migrate.ParseVersion(b)
		require.NoError(t, err)
		ga, gb := goversion.Must(goversion.NewVersion(a)), goversion.Must(goversion.NewVersion(b))
		require.Equal(t, ga.Compare(gb), va.Compare(vb), "%s vs %s", a, b)
	}
}

func TestVersionKeyIsCanonical(t *testing.T) {
	t.Parallel()
	for _, tt := range [][2]string{{"1", "1"}, {"1.0", "1"}, {"01.0.0", "1"}, {"0", "0"}, {"0.0", "0"},
		{"1.2", "1.2"}, {"1.02.0", "1.2"}, {"1.0.2", "1.0.2"}, {"10.100", "10.100"}, {"000", "0"}} {
		a, err := migrate.ParseVersion(tt[0])
		require.NoError(t, err)
		b, err := migrate.ParseVersion(tt[1])
		require.NoError(t, err)
		require.True(t, a.Equal(b), tt)
	}
}
