package pgserver

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// Bouncer is a PgBouncer started from the local binary in front of a
// PostgreSQL server, for tests of Runway behind a connection pooler.
type Bouncer struct {
	dir  string
	port int
	cmd  *exec.Cmd
	done chan struct{}

	stopOnce sync.Once
	stopErr  error
}

// BouncerOptions configures StartBouncer.
type BouncerOptions struct {
	Host     string // upstream server
	Port     int
	User     string // the one user clients log in as (trust)
	PoolMode string // session, transaction or statement
	PoolSize int    // default_pool_size; default 4
}

// FindBouncer returns the path of the pgbouncer binary: on PATH, else in
// /usr/sbin (Debian's package).
func FindBouncer() (string, error) {
	if p, err := exec.LookPath("pgbouncer"); err == nil {
		return p, nil
	}
	if _, err := os.Stat("/usr/sbin/pgbouncer"); err == nil {
		return "/usr/sbin/pgbouncer", nil
	}
	return "", errors.New("no pgbouncer binary on PATH or in /usr/sbin: install it, e.g. apt-get install pgbouncer")
}

// StartBouncer starts pgbouncer on a free 127.0.0.1 port in front of the
// server opts names, every database passed through, and returns once it
// accepts connections. Call Stop to shut it down.
func StartBouncer(ctx context.Context, opts BouncerOptions) (*Bouncer, error) {
	bin, err := FindBouncer()
	if err != nil {
		return nil, err
	}
	runAs, err := serverUser() // pgbouncer refuses to run as root too
	if err != nil {
		return nil, err
	}
	attr, err := sysProcAttr(runAs)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "pgbouncer-")
	if err != nil {
		return nil, fmt.Errorf("create pgbouncer directory: %w", err)
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	poolSize := opts.PoolSize
	if poolSize <= 0 {
		poolSize = 4
	}
	ini := fmt.Sprintf(`[databases]
* = host=%s port=%d
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = %d
unix_socket_dir =
auth_type = trust
auth_file = %s
pool_mode = %s
default_pool_size = %d
max_client_conn = 500
logfile = %s
`, opts.Host, opts.Port, port, filepath.Join(dir, "users.txt"), opts.PoolMode, poolSize, filepath.Join(dir, "pgbouncer.log"))
	files := map[string]string{"pgbouncer.ini": ini, "users.txt": strconv.Quote(opts.User) + ` ""` + "\n"}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			return nil, fmt.Errorf("write %s: %w", name, err)
		}
	}
	if runAs != nil {
		for _, p := range []string{dir, filepath.Join(dir, "pgbouncer.ini"), filepath.Join(dir, "users.txt")} {
			if err := os.Chown(p, int(runAs.uid), int(runAs.gid)); err != nil {
				return nil, fmt.Errorf("hand pgbouncer files to os user postgres: %w", err)
			}
		}
	}
	cmd := exec.Command(bin, filepath.Join(dir, "pgbouncer.ini"))
	cmd.Dir, cmd.SysProcAttr = dir, attr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start pgbouncer: %w", err)
	}
	b := &Bouncer{dir: dir, port: port, cmd: cmd, done: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		close(b.done)
	}()
	if err := b.waitReady(ctx, opts.User); err != nil {
		log := logTail(filepath.Join(dir, "pgbouncer.log"))
		_ = b.Stop()
		return nil, fmt.Errorf("%w; pgbouncer log:\n%s", err, log)
	}
	return b, nil
}

// URL returns a connection URL for database through the bouncer, as user.
func (b *Bouncer) URL(database, user string) string {
	u := url.URL{Scheme: "postgres", User: url.User(user), Host: "127.0.0.1:" + strconv.Itoa(b.port), Path: "/" + database, RawQuery: "sslmode=disable"}
	return u.String()
}

// waitReady polls until the bouncer answers a query.
func (b *Bouncer) waitReady(ctx context.Context, user string) error {
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	tick := time.NewTicker(readyInterval)
	defer tick.Stop()
	for {
		cctx, ccancel := context.WithTimeout(ctx, time.Second)
		conn, err := pgx.Connect(cctx, b.URL("postgres", user))
		if err == nil {
			_, err = conn.Exec(cctx, "SELECT 1", pgx.QueryExecModeSimpleProtocol)
			_ = conn.Close(cctx)
		}
		ccancel()
		if err == nil {
			return nil
		}
		select {
		case <-b.done:
			return fmt.Errorf("pgbouncer exited during startup: %s", b.cmd.ProcessState)
		case <-ctx.Done():
			return fmt.Errorf("wait for pgbouncer to accept connections: %w (last: %v)", ctx.Err(), err)
		case <-tick.C:
		}
	}
}

// Stop stops pgbouncer and removes its directory.
func (b *Bouncer) Stop() error {
	b.stopOnce.Do(func() {
		_ = b.cmd.Process.Signal(syscall.SIGTERM) // immediate shutdown
		select {
		case <-b.done:
		case <-time.After(stopTimeout):
			_ = b.cmd.Process.Kill()
			<-b.done
		}
		b.stopErr = os.RemoveAll(b.dir)
	})
	return b.stopErr
}
