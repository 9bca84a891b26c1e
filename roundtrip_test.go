package migrate_test

import (
	"context"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// countingConn counts the protocol messages a client sends that start a
// round trip: simple queries ('Q') and extended-protocol syncs ('S').
type countingConn struct {
	net.Conn
	queries *atomic.Int64
}

func (c countingConn) Write(p []byte) (int, error) {
	// Each message is type byte + int32 length; pgx writes whole messages.
	for i := 0; i+5 <= len(p); {
		typ := p[i]
		n := int(p[i+1])<<24 | int(p[i+2])<<16 | int(p[i+3])<<8 | int(p[i+4])
		if typ == 'Q' || typ == 'S' {
			c.queries.Add(1)
		}
		if n < 4 {
			break
		}
		i += 1 + n
	}
	return c.Conn.Write(p)
}

// countingPool returns a one-connection pool whose round trips are counted.
func countingPool(t *testing.T, url string) (*pgxpool.Pool, *atomic.Int64) {
	t.Helper()
	var n atomic.Int64
	cfg, err := pgxpool.ParseConfig(url)
	require.NoError(t, err)
	cfg.MaxConns = 1
	dial := cfg.ConnConfig.DialFunc
	cfg.ConnConfig.DialFunc = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return countingConn{Conn: c, queries: &n}, nil
	}
	pool, err := pgxpool.NewWithConfig(t.Context(), cfg)
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	require.NoError(t, pool.Ping(t.Context())) // connect before counting
	return pool, &n
}

// An up-to-date module costs one query; each pending transactional
// migration, however many statements it has, one round trip.
func TestRoundTrips(t *testing.T) {
	t.Parallel()
	b := setup(t)
	pool, queries := countingPool(t, b.url)
	var script strings.Builder
	script.WriteString("CREATE TABLE t (id int, v text);\n")
	for i := range 50 {
		fmt.Fprintf(&script, "INSERT INTO t VALUES (%d, 'a;b''c');\n", i)
	}
	files := fstest.MapFS{"V1__first.sql": {Data: []byte("CREATE TABLE first (id int);")}}
	mods := []migrate.Module{
		{Name: "core", Scripts: files},
		{Name: "myplaces", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}},
	}
	run := func() (int64, *migrate.Result) {
		t.Helper()
		cfg := b.config(mods...)
		cfg.DatabaseURL, cfg.Pool = "", pool
		before := queries.Load()
		res, err := migrate.Run(t.Context(), cfg)
		require.NoError(t, err)
		return queries.Load() - before, res
	}
	run()

	// Up to date: one query for both modules, with the session's identity.
	n, res := run()
	require.Zero(t, res.Applied())
	require.Equal(t, int64(1), n)

	// One pending migration of 51 statements, then two.
	files["V2__many.sql"] = &fstest.MapFile{Data: []byte(script.String())}
	one, res := run()
	require.Equal(t, 1, res.Applied())
	files["V3__more.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE t2 (id int);\nINSERT INTO t2 VALUES (1);\n")}
	files["V4__more.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE t3 (id int);\nINSERT INTO t3 VALUES (1);\n")}
	two, res := run()
	require.Equal(t, 2, res.Applied())
	require.Equal(t, one+1, two, "each migration is one round trip")
	t.Logf("round trips: up to date %d, one migration %d (the read of both tables, lock, re-read, session capture, migration, unlock, restore), two %d", n, one, two)
}
