package pgtest

import (
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
)

func TestWithDatabase(t *testing.T) {
	for _, tc := range []struct{ admin, want string }{
		{"postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable", "postgres://postgres@127.0.0.1:5432/db1?sslmode=disable"},
		{"postgresql://u:p%40ss@h:1?sslmode=disable", "postgresql://u:p%40ss@h:1/db1?sslmode=disable"},
		{"postgres://h/x?dbname=other&sslmode=disable", "postgres://h/db1?sslmode=disable"},
		{"host=h user=u dbname=postgres sslmode=disable", "host=h user=u dbname=postgres sslmode=disable dbname=db1"},
	} {
		got, err := withDatabase(tc.admin, "db1")
		require.NoError(t, err)
		require.Equal(t, tc.want, got)
		cfg, err := pgx.ParseConfig(got)
		require.NoError(t, err)
		require.Equal(t, "db1", cfg.Database)
	}
}
