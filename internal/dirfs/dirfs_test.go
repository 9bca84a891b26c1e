package dirfs_test

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate/internal/dirfs"
	"github.com/stretchr/testify/require"
)

func TestRootOnlyOfDirFS(t *testing.T) {
	dir, ok := dirfs.Root(os.DirFS("/some/dir"))
	require.True(t, ok)
	require.Equal(t, "/some/dir", dir)
	for _, fsys := range []fs.FS{nil, fstest.MapFS{}, os.DirFS(""), dirLike("/some/dir")} {
		_, ok := dirfs.Root(fsys)
		require.False(t, ok, "%T", fsys)
	}
}

// dirLike is a string-typed fs.FS that is not os.DirFS.
type dirLike string

func (dirLike) Open(string) (fs.File, error) { return nil, fs.ErrNotExist }

// tree writes a directory that exercises the listing: nested and empty
// directories, names that sort differently by byte and by path, hidden
// files, symbolic links to a file and to a directory, and files of
// several sizes.
func tree(t *testing.T) string {
	root := t.TempDir()
	files := map[string]string{
		"V1__a.sql":              "SELECT 1;\n",
		"V10__b.sql":             "",
		"V2__c.sql":              strings.Repeat("x", 5000),
		".hidden.sql":            "h",
		"a-b/V3__d.sql":          "d",
		"a/V4__e.sql":            "e",
		"a/b/c/V5__f.sql":        "f",
		"a/b/V6__g.sql.conf":     "executeInTransaction=false",
		"a.b/V7__h.sql":          "h",
		"Z/V8__upper.sql":        "u",
		"sp ace/V9__space.sql":   "s",
		"unicode-é/V11__e.sql":   "é",
		"a/b/c/d/e/f/V12__x.sql": "deep",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	require.NoError(t, os.MkdirAll(filepath.Join(root, "empty"), 0o755))
	require.NoError(t, os.Symlink("V1__a.sql", filepath.Join(root, "V13__link.sql")))
	require.NoError(t, os.Symlink("a", filepath.Join(root, "linkdir")))
	return root
}

// walkDir lists fsys as fs.WalkDir does.
func walkDir(t *testing.T, fsys fs.FS) []dirfs.Entry {
	var out []dirfs.Entry
	require.NoError(t, fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." {
			return err
		}
		out = append(out, dirfs.Entry{Path: p, IsDir: d.IsDir()})
		return nil
	}))
	return out
}

// openTree opens the os.DirFS of root as a Tree, closed when the test
// ends; only Linux has one.
func openTree(t *testing.T, root string) (*dirfs.Tree, fs.FS) {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("only Linux has a Tree")
	}
	fsys := os.DirFS(root)
	tr, ok := dirfs.Open(fsys)
	require.True(t, ok)
	t.Cleanup(func() { require.NoError(t, tr.Close()) })
	return tr, fsys
}

// checkWalk compares the Tree's listing with fs.WalkDir's.
func checkWalk(t *testing.T, tr *dirfs.Tree, fsys fs.FS) []dirfs.Entry {
	t.Helper()
	got, err := tr.Walk()
	require.NoError(t, err)
	require.Equal(t, walkDir(t, fsys), got)
	return got
}

func TestWalkListsAsWalkDir(t *testing.T) {
	tr, fsys := openTree(t, tree(t))
	got := checkWalk(t, tr, fsys)
	again, err := tr.Walk() // the root is read from its start again
	require.NoError(t, err)
	require.Equal(t, got, again)
}

func TestWalkLargeDirectory(t *testing.T) {
	root := t.TempDir()
	for i := range 3000 { // several getdents buffers' worth
		name := filepath.Join(root, "V"+strings.Repeat("1", 1+i%40)+"_"+string(rune('a'+i%26))+"__"+strings.Repeat("n", i%100)+".sql")
		require.NoError(t, os.WriteFile(name, nil, 0o644))
	}
	tr, fsys := openTree(t, root)
	checkWalk(t, tr, fsys)
}

func TestReadSmall(t *testing.T) {
	tr, fsys := openTree(t, tree(t))
	for _, p := range []string{"V1__a.sql", "V10__b.sql", "V2__c.sql", "a/b/c/V5__f.sql", "V13__link.sql", "unicode-é/V11__e.sql"} {
		want, err := fs.ReadFile(fsys, p)
		require.NoError(t, err)
		body, small, err := tr.ReadSmall(p, 1<<20)
		require.NoError(t, err, p)
		require.True(t, small, p)
		require.True(t, bytes.Equal(want, body), p)
		// At the limit it is small; one byte over, it is not.
		_, small, err = tr.ReadSmall(p, int64(len(want)))
		require.NoError(t, err)
		require.True(t, small, p)
		if len(want) > 0 {
			body, small, err = tr.ReadSmall(p, int64(len(want))-1)
			require.NoError(t, err)
			require.False(t, small, p)
			require.Nil(t, body)
		}
	}
}

func TestReadSmallErrorsNameTheFile(t *testing.T) {
	tr, _ := openTree(t, tree(t))
	for p, want := range map[string]error{
		"missing.sql":   fs.ErrNotExist,
		"../V1__a.sql":  fs.ErrInvalid, // outside the root, as os.DirFS refuses it
		"/etc/passwd":   fs.ErrInvalid,
		"a/./V4__e.sql": fs.ErrInvalid,
	} {
		_, _, err := tr.ReadSmall(p, 1<<20)
		var pe *fs.PathError
		require.ErrorAs(t, err, &pe, p)
		require.Equal(t, p, pe.Path)
		require.True(t, errors.Is(err, want), "%s: %v", p, err)
	}
	_, _, err := tr.ReadSmall("a", 1<<20) // a directory
	require.Error(t, err)
}

func TestOpenRefusesWhatIsNotADirectory(t *testing.T) {
	root := tree(t)
	for _, dir := range []string{filepath.Join(root, "nope"), filepath.Join(root, "V1__a.sql")} {
		_, ok := dirfs.Open(os.DirFS(dir))
		require.False(t, ok, dir)
	}
}

func TestWalksAtOnce(t *testing.T) {
	tr, fsys := openTree(t, tree(t))
	want := walkDir(t, fsys)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			for range 20 {
				got, err := tr.Walk()
				if err == nil && !reflect.DeepEqual(want, got) {
					err = fmt.Errorf("walk listed %v", got)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
}
