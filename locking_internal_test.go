package migrate

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Keys from ../shared/spec/flyway-compat.md §5, as Flyway computes them.
func TestLockKeyMatchesFlyway(t *testing.T) {
	t.Parallel()
	require.Equal(t, int64(77433833903597), lockKey(statusTable{"public", "flyway_schema_history"}))
	require.Equal(t, int64(77431360195782), lockKey(statusTable{"public", "oskari_status"}))
	require.Equal(t, int64(77429963639641), lockKey(statusTable{"public", "oskari_status_myplaces"}))
}
