package migrate_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// hiddenFS hides an os.DirFS's type, so New reads it through the fs.FS
// interfaces alone, as before internal/dirfs; it forwards the optional
// ones os.DirFS has.
type hiddenFS struct{ fs.FS }

func (h hiddenFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(h.FS, name) }
func (h hiddenFS) ReadFile(name string) ([]byte, error)       { return fs.ReadFile(h.FS, name) }
func (h hiddenFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(h.FS, name) }

// New reads an os.DirFS through internal/dirfs (on Linux) and any other
// fs.FS through the interface: on trees that fail, the two give the same
// error, and on trees that do not, the same migrations and checksums.
func TestDirFSReadsAsFS(t *testing.T) {
	write := func(t *testing.T, root, name, body string) {
		p := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	for name, build := range map[string]func(t *testing.T, root string){
		"good tree": func(t *testing.T, root string) {
			write(t, root, "V1__a.sql", "CREATE TABLE a (id int);\n")
			write(t, root, "sub/V2__b.sql", "CREATE TABLE b (id int);\r\n")
			write(t, root, "sub/V2__b.sql.conf", "executeInTransaction=false\n")
			write(t, root, "R__view.sql", "SELECT 1;")
			require.NoError(t, os.Symlink("V1__a.sql", filepath.Join(root, "V3__link.sql")))
			require.NoError(t, os.Symlink("sub", filepath.Join(root, "linked")))
		},
		"directory name not UTF-8": func(t *testing.T, root string) {
			write(t, root, "V1__a.sql", "SELECT 1;")
			write(t, root, "bad\xff/V2__b.sql", "SELECT 2;")
		},
		"file name not UTF-8": func(t *testing.T, root string) {
			write(t, root, "V1__a.sql", "SELECT 1;")
			write(t, root, "V2__b\xff.sql", "SELECT 2;")
		},
		"script is a directory": func(t *testing.T, root string) {
			write(t, root, "V1__a.sql", "SELECT 1;")
			require.NoError(t, os.Mkdir(filepath.Join(root, "d"), 0o755))
			require.NoError(t, os.Symlink("d", filepath.Join(root, "V2__dir.sql")))
		},
		"dangling link": func(t *testing.T, root string) {
			write(t, root, "V1__a.sql", "SELECT 1;")
			require.NoError(t, os.Symlink("gone.sql", filepath.Join(root, "V2__gone.sql")))
		},
		"missing root": func(t *testing.T, root string) {
			require.NoError(t, os.Remove(root))
		},
	} {
		t.Run(name, func(t *testing.T) {
			root := filepath.Join(t.TempDir(), "m")
			require.NoError(t, os.Mkdir(root, 0o755))
			build(t, root)
			newWith := func(fsys fs.FS) (*migrate.Migrator, error) {
				return migrate.New(migrate.Config{DatabaseURL: "postgres://unused", Modules: []migrate.Module{{Name: "core", Scripts: fsys}}})
			}
			direct, derr := newWith(os.DirFS(root))
			hidden, herr := newWith(hiddenFS{os.DirFS(root)})
			if herr != nil {
				require.Error(t, derr)
				require.Equal(t, herr.Error(), derr.Error())
				return
			}
			require.NoError(t, derr)
			require.Equal(t, hidden.Sources(), direct.Sources())
		})
	}
}
