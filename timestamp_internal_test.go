package migrate

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestParseTimestamp: the hand-written parser reads what time.Parse reads.
func TestParseTimestamp(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"2026-12-05 23:06:26.123456", "2026-12-05 23:06:26", "2026-12-05 23:06:26.1", "1999-01-31 00:00:00.000001",
		"2026-02-30 10:00:00", "2026-02-29 10:00:00", "2024-02-29 10:00:00",
		"12026-12-05 23:06:26", "2026-12-05T23:06:26", "infinity", "2026-12-05 24:00:00", "2026-12-05 23:06:26.",
	} {
		want, werr := time.Parse("2006-01-02 15:04:05.999999999", s)
		got, err := parseTimestamp([]byte(s))
		if werr != nil {
			require.Error(t, err, s)
			continue
		}
		require.NoError(t, err, s)
		require.True(t, want.Equal(got), "%s: %v != %v", s, got, want)
	}
}

// TestStatusTimeoutDefault: Runway's own statements are bounded unless
// told otherwise.
func TestStatusTimeoutDefault(t *testing.T) {
	t.Parallel()
	require.Equal(t, DefaultStatusTimeout, Config{}.withDefaults().StatusTimeout)
}
