package dirfs_test

import (
	"io/fs"
	"testing"

	"github.com/runwaydb/migrate/internal/dirfs"
	"github.com/stretchr/testify/require"
)

// What a file system that leaves d_type unknown gets: the entry's kind,
// with a link never followed (fs.WalkDir does not follow one either).
func TestIsDirOfUnknownEntries(t *testing.T) {
	tr, _ := openTree(t, tree(t))
	for p, want := range map[string]bool{"a": true, "a/b/c": true, "empty": true, "V1__a.sql": false, "linkdir": false, "V13__link.sql": false} {
		got, err := dirfs.IsDir(tr, p)
		require.NoError(t, err, p)
		require.Equal(t, want, got, p)
	}
	_, err := dirfs.IsDir(tr, "missing")
	require.ErrorIs(t, err, fs.ErrNotExist)
}
