package migrate_test

import (
	"errors"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/require"

	migrate "github.com/runwaydb/migrate"
)

// TestWaiterDoesNotDeadlockConcurrentIndex: a process waiting for the lock
// while the holder builds an index CONCURRENTLY (which waits for every
// transaction older than its own, the waiter's included) must not deadlock
// with it. One long pg_advisory_lock wait did: "deadlock detected" once the
// server's deadlock_timeout passed.
func TestWaiterDoesNotDeadlockConcurrentIndex(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := fstest.MapFS{"V1__t.sql": {Data: []byte(`CREATE FUNCTION slow(i int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT i FROM (SELECT pg_sleep(0.05)) s $$;
CREATE TABLE t AS SELECT g AS id FROM generate_series(1, 40) g;`)}}
	cfg := b.config(migrate.Module{Name: "core", Scripts: files})
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)

	files["V2__index.sql"] = &fstest.MapFile{Data: []byte("CREATE INDEX CONCURRENTLY t_slow ON t (slow(id));\n")} // about 2 s
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for range 3 {
		wg.Go(func() {
			_, err := migrate.Run(t.Context(), cfg)
			mu.Lock()
			defer mu.Unlock()
			errs = append(errs, err)
		})
	}
	wg.Wait()
	require.NoError(t, errors.Join(errs...))
	rows := b.rows(t, "oskari_status")
	require.Len(t, rows, 2)
	require.Contains(t, rows[1], "|true")
}

// TestProgressOfIndexBuild: a long CREATE INDEX CONCURRENTLY logs its phase
// and blocks while it runs.
func TestProgressOfIndexBuild(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__t.sql": {Data: []byte(`CREATE FUNCTION slow(i int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT i FROM (SELECT pg_sleep(0.05)) s $$;
CREATE TABLE t AS SELECT g AS id FROM generate_series(1, 30) g;`)},
		"V2__index.sql": {Data: []byte("CREATE INDEX CONCURRENTLY t_slow ON t (slow(id));\n")},
	}})
	cfg.ProgressInterval = 300 * time.Millisecond
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Contains(t, b.logs.String(), `"index_phase":"building index`)
	require.Contains(t, b.logs.String(), `"blocks_total":`)
}
