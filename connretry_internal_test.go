package migrate

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"
)

// Only the failures of a database that is not up yet are retried.
func TestStartingUp(t *testing.T) {
	dial := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	for err, want := range map[error]bool{
		fmt.Errorf("dial error: %w", dial):                                            true,
		&pgconn.PgError{Code: "57P03", Message: "the database system is starting up"}: true,
		&net.DNSError{Err: "no such host", Name: "db", IsNotFound: true}:              true,
		fmt.Errorf("failed to receive message: %w", io.ErrUnexpectedEOF):              true,
		&pgconn.PgError{Code: "28P01", Message: "password authentication failed"}:     false,
		&pgconn.PgError{Code: "28000", Message: "role does not exist"}:                false,
		&pgconn.PgError{Code: "3D000", Message: "database does not exist"}:            false,
		&pgconn.PgError{Code: "53300", Message: "too many connections"}:               false,
		errors.New("tls: bad certificate"):                                            false,
	} {
		require.Equal(t, want, startingUp(err), "%v", err)
	}
}
