// Package dirfs lists and reads the files of an [os.DirFS] with fewer
// system calls than the fs.FS interface can.
//
// A module's scripts are a thousand small files or more, all read at every
// boot to check their checksums. Through os.DirFS each file costs nine
// system calls (an open by absolute path, four fcntl calls and a failed
// epoll registration that os.File makes for every file, a stat, a read, a
// close), and a listing opens, reads and sorts each directory the same
// way. A [Tree] opens the root directory once and reads each file with an
// openat relative to it, an fstat, a read and a close; on Linux that
// halves the boot's CPU time spent on files. Elsewhere [Open] reports
// false and callers use the fs.FS.
//
// A Tree is only a faster way to the same bytes: callers fall back to the
// fs.FS on any error of a listing, so that errors read as the fs.FS's.
package dirfs

import (
	"io/fs"
	"reflect"
)

// Root returns the directory of an os.DirFS, and false for any other
// fs.FS. os.DirFS's type is a string holding the directory; the package
// exports no other way to read it.
func Root(fsys fs.FS) (string, bool) {
	t := reflect.TypeOf(fsys)
	if t == nil || t.PkgPath() != "os" || t.Name() != "dirFS" || t.Kind() != reflect.String {
		return "", false
	}
	dir := reflect.ValueOf(fsys).String()
	return dir, dir != ""
}

// Entry is a file or directory of a listing, as fs.WalkDir reports it.
type Entry struct {
	Path  string // slash-separated, relative to the root
	IsDir bool   // a directory (a symbolic link to one is not: fs.WalkDir does not follow it)
}
