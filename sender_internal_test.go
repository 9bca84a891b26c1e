package migrate

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate/internal/pgtest"
)

// TestSenderBoundsBatchStatements: a script of many small statements is
// sent in batches of at most maxBatchStmts, so that what locates their
// errors stays small (a 53 MB dump of single-row INSERTs peaked at 69 MB
// before, 19 MB after).
func TestSenderBoundsBatchStatements(t *testing.T) {
	t.Parallel()
	conn := freshConn(t)
	b := &sender{pg: conn.PgConn()}
	src := &stmtSource{span: "SELECT 1;"}
	largest := 0
	for range 3 * maxBatchStmts {
		require.NoError(t, b.add(t.Context(), stmt{text: "SELECT 1;", src: src}))
		largest = max(largest, len(b.batch))
	}
	require.NoError(t, b.flush(t.Context()))
	require.Equal(t, 3*maxBatchStmts, b.done)
	require.LessOrEqual(t, largest, maxBatchStmts)
}

// freshConn connects to a fresh database of its own for the test.
func freshConn(t *testing.T) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), pgtest.NewDatabase(t))
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.WithoutCancel(t.Context())) })
	return conn
}
