package migrate_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"

	migrate "github.com/runwaydb/migrate"
)

// TestOverlappedBatchesLocateErrors: a transactional script of more
// statements than a batch holds runs in several queries, the next read
// while one runs; a failure in any of them is located at its line and
// nothing of the migration stays.
func TestOverlappedBatchesLocateErrors(t *testing.T) {
	t.Parallel()
	for _, bad := range []int{5000, 9000, 12000} {
		t.Run(fmt.Sprint(bad), func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			var script strings.Builder
			script.WriteString("CREATE TABLE t (id int);\n")
			for i := 2; i <= 12000; i++ {
				if i == bad {
					script.WriteString("INSERT INTO t VALUES ('not a number');\n")
					continue
				}
				fmt.Fprintf(&script, "INSERT INTO t VALUES (%d);\n", i)
			}
			_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__many.sql": {Data: []byte(script.String())}}}))
			var me *migrate.MigrationError
			require.ErrorAs(t, err, &me)
			require.Equal(t, bad, me.Line)
			require.False(t, b.tableExists(t, "t"), "the migration was rolled back")
			require.Empty(t, b.rows(t, "oskari_status"))
		})
	}
}
