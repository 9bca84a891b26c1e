package migrate

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
)

// scanRows reads status rows with their NULLs, and each row's version and
// checksum pointers stay its own when the rows are reordered or copied.
func TestScanRowsPointersStayWithTheirRow(t *testing.T) {
	t.Parallel()
	conn := freshConn(t)
	mrr := conn.PgConn().Exec(t.Context(), `SELECT g, CASE WHEN g % 3 = 0 THEN NULL ELSE g::text END, 'd' || g,
		CASE WHEN g % 5 = 0 THEN 'BASELINE' WHEN g % 11 = 0 THEN 'SPRING_JDBC' ELSE 'SQL' END, 'V' || g || '.sql',
		CASE WHEN g % 4 = 0 THEN NULL ELSE g * 1000 END, 'me', '2026-12-06 01:02:03.456789'::timestamp, g, g % 7 <> 0
		FROM generate_series(1, 300) AS g ORDER BY 1`)
	if !mrr.NextResult() {
		require.NoError(t, mrr.Close())
		t.Fatal("no result")
	}
	rows, err := scanRows(mrr.ResultReader())
	require.NoError(t, err)
	require.NoError(t, mrr.Close())
	require.Len(t, rows, 300)
	check := func(rows []appliedRow) {
		t.Helper()
		for _, r := range rows {
			g := r.rank
			require.Equal(t, g%3 != 0, r.version != nil, g)
			if r.version != nil {
				require.Equal(t, r.versionText, *r.version, g)
			}
			require.Equal(t, g%4 != 0, r.checksum != nil, g)
			if r.checksum != nil {
				require.Equal(t, int32(g*1000), *r.checksum, g)
			}
			switch {
			case g%5 == 0:
				require.Equal(t, TypeBaseline, r.typ, g)
			case g%11 == 0: // an unusual type: its text is the row's own
				require.Equal(t, MigrationType("SPRING_JDBC"), r.typ, g)
			default:
				require.Equal(t, TypeSQL, r.typ, g)
			}
			require.Equal(t, fmt.Sprintf("d%d", g), r.description, g)
			require.Equal(t, g%7 != 0, r.success, g)
		}
	}
	check(rows)
	slices.Reverse(rows)
	check(rows)
	check(slices.Clone(rows))
}

// A read in a transaction begun before another session created the status
// table (PoolTransaction's lock transaction: BEGIN, then the lock, granted
// when the creator commits) sees the table with refresh; without it the
// backend's catalog caches may still say missing, and the run would
// create the table again (relation "oskari_status" already exists: a flake
// of TestPgBouncerTransactionPooling). Only the refreshed read is
// required: the unrefreshed one is logged, since a backend that falls
// behind on catalog changes is told to catch up, and then sees the table.
func TestReadInLockTransactionSeesTableCreatedMeanwhile(t *testing.T) {
	t.Parallel()
	creator := freshConn(t)
	reader, err := pgx.Connect(t.Context(), creator.Config().ConnString())
	require.NoError(t, err)
	t.Cleanup(func() { reader.Close(context.WithoutCancel(t.Context())) })
	table := statusTable{schema: "public", name: "oskari_status"}
	for _, refresh := range []bool{false, true} {
		s := &session{conn: reader, pooled: refresh}
		require.NoError(t, s.load(t.Context(), "", []string{table.name}))
		require.False(t, s.history[table.name].exists)
		_, err := reader.Exec(t.Context(), "BEGIN")
		require.NoError(t, err)
		_, err = creator.PgConn().Exec(t.Context(), createStatusTableSQL(table, nil, "")).ReadAll()
		require.NoError(t, err)
		st, err := s.read(t.Context(), table.name)
		require.NoError(t, err)
		if refresh {
			require.True(t, st.exists, "the refreshed read sees the table")
		} else {
			t.Logf("without refresh the read sees the table: %v (PostgreSQL 15: false, unless told to catch up)", st.exists)
		}
		_, err = reader.Exec(t.Context(), "ROLLBACK")
		require.NoError(t, err)
		_, err = creator.Exec(t.Context(), "DROP TABLE oskari_status")
		require.NoError(t, err)
	}
}
