package pgserver

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestStartReportsPortTaken(t *testing.T) {
	bin, err := FindBinDir()
	if err != nil {
		t.Fatalf("this test needs the postgresql server binaries: %v", err)
	}
	runAs, err := serverUser()
	require.NoError(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, err = start(ctx, bin, runAs, l.Addr().(*net.TCPAddr).Port, nil)
	require.ErrorIs(t, err, errPortTaken)
	require.Contains(t, err.Error(), "Address already in use")
	t.Log(err)
}

func TestNewestFirst(t *testing.T) {
	dir := func(v string) string { return "/usr/lib/postgresql/" + v + "/bin" }
	got := newestFirst([]string{dir("9.6"), dir("15"), dir("devel"), dir("16"), dir("10")})
	require.Equal(t, []string{dir("16"), dir("15"), dir("10"), dir("9.6"), dir("devel")}, got)
}

// TestClusterDirectory: a cluster that does not sync lives in memory when
// the machine has a tmpfs with room; one with fsync on stays on disk.
func TestClusterDirectory(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, settings := range [][]string{nil, {"fsync=on"}} {
		s, err := Start(ctx, settings...)
		require.NoError(t, err)
		inMemory := strings.HasPrefix(s.dir, "/dev/shm/")
		s.Stop()
		if settings == nil {
			require.Equal(t, memoryDir() != "", inMemory, s.dir)
		} else {
			require.False(t, inMemory, s.dir)
		}
		_, err = os.Stat(s.dir)
		require.ErrorIs(t, err, os.ErrNotExist, "Stop removes the directory")
	}
}

func TestFsyncOn(t *testing.T) {
	for settings, want := range map[string]bool{
		"":                        false,
		"fsync=on":                true,
		"fsync=off":               false,
		"FSYNC = True":            true,
		"fsync=1":                 true,
		"fsync=ye":                true,
		"fsync='on'":              true,
		"fsync=on,fsync=off":      false,
		"fsync=off,fsync=t":       true,
		"synchronous_commit=on":   false,
		"fsync=on,work_mem=64MB":  true,
		"fsync=false,fsync=other": false,
	} {
		var list []string
		if settings != "" {
			list = strings.Split(settings, ",")
		}
		require.Equal(t, want, fsyncOn(list), settings)
	}
}

func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * staleAge)
	mk := func(name, pid string, mtime time.Time) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Join(p, "data"), 0o700))
		if pid != "" {
			require.NoError(t, os.WriteFile(filepath.Join(p, "data", "postmaster.pid"), []byte(pid+"\n/data\n"), 0o600))
		}
		require.NoError(t, os.Chtimes(p, mtime, mtime))
		return p
	}
	gone := mk("pgserver-gone", "", old)
	dead := mk("pgserver-dead", "999999999", old)
	live := mk("pgserver-live", strconv.Itoa(os.Getpid()), old)
	young := mk("pgserver-young", "", time.Now())
	other := mk("other-old", "", old)
	removeStale(dir)
	for p, kept := range map[string]bool{gone: false, dead: false, live: true, young: true, other: true} {
		_, err := os.Stat(p)
		require.Equal(t, kept, err == nil, p)
	}
}
