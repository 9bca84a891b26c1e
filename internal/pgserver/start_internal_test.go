package pgserver

import (
	"context"
	"net"
	"os"
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
