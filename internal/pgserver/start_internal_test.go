package pgserver

import (
	"context"
	"net"
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
