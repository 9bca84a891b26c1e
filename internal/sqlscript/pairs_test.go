package sqlscript_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"
)

// pair is two connections to the same database, one for the whole-script
// run and one for the statement-by-statement run, and a schema of their own
// that is first on their search_path.
type pair struct {
	schema      string
	whole, each *pgconn.PgConn
}

// pairPool hands out pairs of connections to one database and takes them
// back for the next script, so that a corpus of hundreds of scripts needs one
// database and a few connections. Pairs are made on demand: as many as
// scripts run at the same time. Since each pair has its own schema, scripts
// running at the same time on different pairs create their objects in
// different schemas and do not wait for each other's uncommitted objects.
type pairPool struct {
	url  string // the database
	mu   sync.Mutex
	idle []*pair
	made int // pairs made, to name their schemas
}

// newPairPool returns a pool of pairs connected to url; the pairs are closed
// when t ends.
func newPairPool(t testing.TB, url string) *pairPool {
	p := &pairPool{url: url}
	t.Cleanup(p.close)
	return p
}

// get returns an idle pair, or connects a new one. When t ends the pair
// goes back to the pool, or, if t failed or a connection is closed or still
// in a transaction, it is closed so that the next script gets new
// connections.
func (p *pairPool) get(t testing.TB) *pair {
	t.Helper()
	p.mu.Lock()
	var pr *pair
	if n := len(p.idle); n > 0 {
		pr, p.idle = p.idle[n-1], p.idle[:n-1]
	} else {
		p.made++
		pr = &pair{schema: fmt.Sprintf("pair_%d", p.made)}
	}
	p.mu.Unlock()
	if pr.whole == nil {
		p.connect(t, pr)
	}
	t.Cleanup(func() { p.put(t, pr) })
	return pr
}

// connect opens the connections of a new pair and creates its schema.
func (p *pairPool) connect(t testing.TB, pr *pair) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, c := range []**pgconn.PgConn{&pr.whole, &pr.each} {
		cfg, err := pgconn.ParseConfig(p.url)
		require.NoError(t, err)
		// A startup parameter, so that DISCARD ALL (see rollback) keeps it.
		cfg.RuntimeParams["search_path"] = pr.schema
		*c, err = pgconn.ConnectConfig(ctx, cfg)
		if err != nil {
			pr.close()
			require.NoError(t, err)
		}
	}
	_, err := pr.whole.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+pgx.Identifier{pr.schema}.Sanitize()).ReadAll()
	if err != nil {
		pr.close()
		require.NoError(t, err)
	}
}

// put returns pr to the pool, or closes it if t failed or pr is not idle.
func (p *pairPool) put(t testing.TB, pr *pair) {
	if t.Failed() || !pr.ready() {
		pr.close()
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.idle = append(p.idle, pr)
}

// close closes the idle pairs.
func (p *pairPool) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, pr := range p.idle {
		pr.close()
	}
	p.idle = nil
}

// ready reports whether both connections are open and outside a
// transaction, ready for the next script.
func (pr *pair) ready() bool {
	for _, c := range []*pgconn.PgConn{pr.whole, pr.each} {
		if c.IsClosed() || c.TxStatus() != 'I' {
			return false
		}
	}
	return true
}

// close closes both connections.
func (pr *pair) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, c := range []*pgconn.PgConn{pr.whole, pr.each} {
		if c != nil {
			c.Close(ctx)
		}
	}
}
