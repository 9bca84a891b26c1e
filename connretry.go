package migrate

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Connection retries (Config.RetryConnect) back off from the first to the
// last wait.
const (
	retryFirst = 100 * time.Millisecond
	retryMax   = 2 * time.Second
)

// connectRetrying connects with cc. For up to retry after the first attempt it tries
// again, with backoff, while the failure is one a database that is
// starting gives (see startingUp), logging each retry.
func connectRetrying(ctx context.Context, cc *pgx.ConnConfig, retry time.Duration, log *slog.Logger) (*pgx.Conn, error) {
	deadline := time.Now().Add(retry)
	wait := retryFirst
	for attempt := 1; ; attempt++ {
		conn, err := pgx.ConnectConfig(ctx, cc)
		if err == nil || retry <= 0 || ctx.Err() != nil || !startingUp(err) {
			return conn, err // pgconn's ConnectError names user, database and host, never the password
		}
		left := time.Until(deadline)
		if left <= 0 {
			return nil, fmt.Errorf("database not reachable within %s (Config.RetryConnect), %d attempts: %w", retry, attempt, err)
		}
		wait = min(wait, left)
		log.LogAttrs(ctx, slog.LevelInfo, "database not reachable yet; retrying", slog.Int("attempt", attempt),
			slog.Int64("retry_in_ms", wait.Milliseconds()), slog.String("error", err.Error()))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("%w (while retrying to connect: %w)", ctx.Err(), err)
		case <-t.C:
		}
		wait = min(2*wait, retryMax)
	}
}

// startingUp reports whether err, a failed connection attempt, is what a
// database that is not up yet gives: the connection refused or reset, the
// host not resolvable yet, or the server saying it cannot accept
// connections now (57P03: starting up, in recovery). Authentication and
// missing-database errors, and every other error of the server, are not.
func startingUp(err error) bool {
	var (
		pgErr  *pgconn.PgError
		dnsErr *net.DNSError
	)
	switch {
	case errors.As(err, &pgErr):
		return pgErr.Code == "57P03"
	case errors.As(err, &dnsErr):
		return dnsErr.IsNotFound || dnsErr.IsTemporary
	}
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}
