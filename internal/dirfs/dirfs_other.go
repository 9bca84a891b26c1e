//go:build !linux

package dirfs

import "io/fs"

// Tree is an open os.DirFS root; only Linux has one.
type Tree struct{}

// Open reports false: callers use the fs.FS.
func Open(fs.FS) (*Tree, bool) { return nil, false }

// Close does nothing.
func (t *Tree) Close() error { return nil }

// Walk is never called: Open never returns a Tree.
func (t *Tree) Walk() ([]Entry, error) { return nil, fs.ErrInvalid }

// ReadSmall is never called: Open never returns a Tree.
func (t *Tree) ReadSmall(p string, limit int64) ([]byte, bool, error) {
	return nil, false, fs.ErrInvalid
}
