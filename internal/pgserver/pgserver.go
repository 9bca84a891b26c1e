// Package pgserver starts throwaway PostgreSQL clusters from the locally
// installed server binaries (initdb and postgres), for tests and examples.
package pgserver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

const (
	startAttempts = 3
	readyTimeout  = 30 * time.Second
	readyInterval = 50 * time.Millisecond
	stopTimeout   = 10 * time.Second
)

// errPortTaken reports that postgres could not bind the port picked for it.
var errPortTaken = errors.New("port already in use")

// Server is a throwaway PostgreSQL cluster started from the local binaries.
//
// Its methods are not safe for concurrent use, except URL.
type Server struct {
	dir      string        // temporary directory: data/, the unix socket and postgres.log
	port     int           // TCP port on 127.0.0.1
	bin      string        // directory of the server binaries
	runAs    *osUser       // the OS user postgres runs as; nil: this process's
	settings []string      // extra "name=value" settings
	cmd      *exec.Cmd     // the running postgres process
	done     chan struct{} // closed once the postgres process has exited

	stopOnce sync.Once
	stopErr  error
}

// osUser is the user the server binaries run as when the process is root.
type osUser struct{ uid, gid uint32 }

// Start runs initdb into a fresh temporary directory and starts postgres on a
// free 127.0.0.1 port. It returns once the server accepts connections. The
// server outlives ctx, which only bounds the startup; call Stop to shut it down.
//
// The server runs with fsync, synchronous_commit and full_page_writes off,
// for speed: a commit survives StopImmediate only once the WAL writer has
// written it (within 200ms). Its directory is in memory (/dev/shm) when
// that is a tmpfs with room, unless settings turn fsync on. settings
// ("name=value", as postgres -c takes them) are added after these and
// override them: "synchronous_commit=on" makes every acknowledged commit
// survive StopImmediate.
func Start(ctx context.Context, settings ...string) (*Server, error) {
	return StartWith(ctx, settings...)
}

// StartWith is Start; the benchmark module names it so (it turns fsync back
// on with "fsync=on").
func StartWith(ctx context.Context, settings ...string) (*Server, error) {
	bin, err := FindBinDir()
	if err != nil {
		return nil, err
	}
	runAs, err := serverUser()
	if err != nil {
		return nil, err
	}
	for attempt := 1; ; attempt++ {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		s, err := start(ctx, bin, runAs, port, settings)
		if err == nil || !errors.Is(err, errPortTaken) || attempt == startAttempts {
			return s, err
		}
	}
}

// URL returns a postgres:// URL for the given database on this server
// (user postgres, trust auth, sslmode=disable).
func (s *Server) URL(database string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, database)
}

// Stop shuts the server down (fast shutdown, then kill after a few seconds)
// and removes its directory. It is safe to call more than once.
func (s *Server) Stop() error {
	s.stopOnce.Do(func() { s.stopErr = s.stop() })
	return s.stopErr
}

func (s *Server) stop() error {
	s.shutdown()
	if err := os.RemoveAll(s.dir); err != nil {
		return fmt.Errorf("remove postgres directory: %w", err)
	}
	return nil
}

// shutdown stops postgres if it runs: a fast shutdown, then kill after
// stopTimeout.
func (s *Server) shutdown() {
	select {
	case <-s.done:
		return
	default:
	}
	// SIGINT asks postgres for a fast shutdown: abort sessions, checkpoint, exit.
	if err := s.cmd.Process.Signal(os.Interrupt); err != nil {
		_ = s.cmd.Process.Kill()
	}
	select {
	case <-s.done:
	case <-time.After(stopTimeout):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
}

// FindBinDir locates a directory holding initdb and postgres: first $PATH
// (symlinks resolved, to get the real bin directory), then the newest
// /usr/lib/postgresql/*/bin.
func FindBinDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil && hasBinaries(filepath.Dir(real)) {
			return filepath.Dir(real), nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin") // the only error is a bad pattern
	for _, dir := range newestFirst(dirs) {
		if hasBinaries(dir) {
			return dir, nil
		}
	}
	return "", errors.New("no postgresql server binaries (initdb and postgres) in $PATH or /usr/lib/postgresql/*/bin")
}

func hasBinaries(dir string) bool {
	for _, name := range []string{"initdb", "postgres"} {
		if _, err := exec.LookPath(filepath.Join(dir, name)); err != nil {
			return false
		}
	}
	return true
}

// newestFirst sorts /usr/lib/postgresql/VERSION/bin directories by version,
// newest first: 16 before 15 before 9.6; non-numeric versions go last.
func newestFirst(dirs []string) []string {
	version := func(dir string) []int {
		var v []int
		for part := range strings.SplitSeq(filepath.Base(filepath.Dir(dir)), ".") {
			n, err := strconv.Atoi(part)
			if err != nil {
				n = -1
			}
			v = append(v, n)
		}
		return v
	}
	slices.SortFunc(dirs, func(a, b string) int { return slices.Compare(version(b), version(a)) })
	return dirs
}

// serverUser returns the user to run the binaries as: nil normally, the
// postgres OS user when running as root, which PostgreSQL refuses.
func serverUser() (*osUser, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("running as root, which postgresql refuses, and no postgres os user to run it as: %w", err)
	}
	uid, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("parse uid of os user postgres: %w", err)
	}
	gid, err := strconv.ParseUint(u.Gid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("parse gid of os user postgres: %w", err)
	}
	return &osUser{uid: uint32(uid), gid: uint32(gid)}, nil
}

// start makes one attempt: a new directory, initdb, then postgres on port.
func start(ctx context.Context, bin string, runAs *osUser, port int, settings []string) (_ *Server, err error) {
	var dir string
	if mem := memoryDir(); mem != "" && !fsyncOn(settings) {
		removeStale(mem)
		dir, _ = os.MkdirTemp(mem, "pgserver-") // else on disk
	}
	if dir == "" {
		dir, err = os.MkdirTemp("", "pgserver-")
	}
	if err != nil {
		return nil, fmt.Errorf("create postgres directory: %w", err)
	}
	defer func() {
		if err != nil {
			_ = os.RemoveAll(dir)
		}
	}()
	if runAs != nil {
		if err := os.Chown(dir, int(runAs.uid), int(runAs.gid)); err != nil {
			return nil, fmt.Errorf("hand postgres directory to os user postgres: %w", err)
		}
	}
	attr, err := sysProcAttr(runAs)
	if err != nil {
		return nil, err
	}
	initdb := exec.CommandContext(ctx, filepath.Join(bin, "initdb"), "-D", filepath.Join(dir, "data"),
		"-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync")
	initdb.Dir, initdb.SysProcAttr = dir, attr
	if out, err := initdb.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("initdb: %w\n%s", err, bytes.TrimSpace(out))
	}
	s := &Server{dir: dir, port: port, bin: bin, runAs: runAs, settings: settings}
	if err := s.launch(ctx); err != nil {
		if strings.Contains(err.Error(), "Address already in use") {
			err = fmt.Errorf("%w: %w", errPortTaken, err)
		}
		return nil, err
	}
	return s, nil
}

// fsyncOn reports whether settings turn fsync on: the last "fsync=…" wins,
// spelled as PostgreSQL reads a boolean (on, true, yes, 1 and their
// prefixes, in any case).
func fsyncOn(settings []string) bool {
	on := false
	for _, set := range settings {
		name, value, ok := strings.Cut(set, "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(name), "fsync") {
			continue
		}
		v := strings.ToLower(strings.Trim(strings.TrimSpace(value), "'"))
		on = v == "on" || v == "1" || v != "" && (strings.HasPrefix("true", v) || strings.HasPrefix("yes", v))
	}
	return on
}

// staleAge is how old a cluster directory in memory must be before
// removeStale may take it for one a killed process left behind.
const staleAge = time.Hour

// removeStale removes the cluster directories under dir that processes
// killed before Stop left behind (in memory, they hold RAM until reboot):
// older than staleAge, with no postmaster.pid or one naming a process that
// is gone.
func removeStale(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), "pgserver-") {
			continue
		}
		info, err := e.Info()
		if err != nil || time.Since(info.ModTime()) < staleAge {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if pidFile, err := os.ReadFile(filepath.Join(path, "data", "postmaster.pid")); err == nil {
			first, _, _ := strings.Cut(string(pidFile), "\n")
			if pid, err := strconv.Atoi(strings.TrimSpace(first)); err == nil && pid > 0 && syscall.Kill(pid, 0) != syscall.ESRCH {
				continue // its postgres still runs
			}
		}
		_ = os.RemoveAll(path)
	}
}

// launch starts postgres on the server's data directory and port and waits
// until it accepts connections. On failure postgres is stopped and the
// error quotes the end of its log.
func (s *Server) launch(ctx context.Context) error {
	attr, err := sysProcAttr(s.runAs)
	if err != nil {
		return err
	}
	logPath := filepath.Join(s.dir, "postgres.log")
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("open postgres log: %w", err)
	}
	defer logFile.Close() // the child keeps its own descriptor

	args := []string{"-D", filepath.Join(s.dir, "data"), "-p", strconv.Itoa(s.port),
		"-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + s.dir,
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "max_connections=200"}
	for _, set := range s.settings {
		args = append(args, "-c", set)
	}
	cmd := exec.Command(filepath.Join(s.bin, "postgres"), args...)
	cmd.Dir, cmd.SysProcAttr, cmd.Stdout, cmd.Stderr = s.dir, attr, logFile, logFile
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start postgres: %w", err)
	}
	done := make(chan struct{})
	s.cmd, s.done = cmd, done
	go func() {
		_ = cmd.Wait()
		close(done)
	}()

	if err := s.waitReady(ctx); err != nil {
		log := logTail(logPath)
		s.shutdown()
		return fmt.Errorf("%w; postgres log:\n%s", err, log)
	}
	return nil
}

// StopImmediate crashes the server as "pg_ctl stop -m immediate" does: it
// sends SIGQUIT to postgres, which kills every backend at once, without a
// checkpoint, and exits; the next start runs crash recovery. It returns
// once postgres has exited. The data directory stays, for Restart.
func (s *Server) StopImmediate() error {
	select {
	case <-s.done:
		return errors.New("postgres is not running")
	default:
	}
	if err := s.cmd.Process.Signal(syscall.SIGQUIT); err != nil {
		return fmt.Errorf("signal postgres: %w", err)
	}
	select {
	case <-s.done:
		return nil
	case <-time.After(stopTimeout):
		_ = s.cmd.Process.Kill()
		<-s.done
		return errors.New("postgres did not exit on SIGQUIT and was killed")
	}
}

// Restart starts postgres again on the same data directory and port after
// StopImmediate (running crash recovery), and returns once it accepts
// connections. ctx bounds the startup only.
func (s *Server) Restart(ctx context.Context) error {
	select {
	case <-s.done:
	default:
		return errors.New("postgres is still running")
	}
	return s.launch(ctx)
}

// waitReady polls every readyInterval until the server accepts connections,
// postgres exits, readyTimeout passes or ctx is done.
func (s *Server) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	tick := time.NewTicker(readyInterval)
	defer tick.Stop()
	for !s.ready(ctx) {
		select {
		case <-s.done:
			return fmt.Errorf("postgres exited during startup: %s", s.cmd.ProcessState)
		case <-ctx.Done():
			return fmt.Errorf("wait for postgres to accept connections: %w", ctx.Err())
		case <-tick.C:
		}
	}
	return nil
}

// ready reports whether this server accepts connections. The query doubles as
// a ping and checks that the server on the port is this one, not another that
// already held the port (it would have a different socket directory).
func (s *Server) ready(ctx context.Context) bool {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return false
	}
	defer conn.Close(context.Background())
	var sockets string
	err = conn.QueryRow(ctx, "SHOW unix_socket_directories").Scan(&sockets)
	return err == nil && sockets == s.dir
}

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// logTail returns the last lines of the server log, for error messages.
func logTail(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Sprintf("(unreadable: %v)", err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.Join(lines[max(0, len(lines)-20):], "\n")
}
