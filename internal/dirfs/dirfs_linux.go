//go:build linux

package dirfs

import (
	"encoding/binary"
	"io/fs"
	"slices"
	"strings"
	"syscall"
)

// Tree is an open os.DirFS root. Its methods may be called from several
// goroutines at once. A relative root is resolved once, when the Tree is
// opened (os.DirFS resolves it at each call: the two differ only if the
// process changes directory in between).
type Tree struct {
	fd   int    // the root directory
	root string // as given to os.DirFS
}

// Open opens the directory of an os.DirFS. It reports false for any other
// fs.FS and when the directory cannot be opened (the fs.FS will say why).
func Open(fsys fs.FS) (*Tree, bool) {
	root, ok := Root(fsys)
	if !ok {
		return nil, false
	}
	fd, err := openRetrying(func() (int, error) {
		return syscall.Open(root, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	})
	if err != nil {
		return nil, false
	}
	return &Tree{fd: fd, root: root}, true
}

// Close closes the root directory.
func (t *Tree) Close() error { return syscall.Close(t.fd) }

// Walk lists the tree below the root in fs.WalkDir's order: each
// directory's entries sorted by name, a directory's contents right after
// it. The root itself is not listed.
func (t *Tree) Walk() ([]Entry, error) {
	var (
		out []Entry
		buf = make([]byte, 64<<10)
	)
	var walk func(dir string) error
	walk = func(dir string) error {
		entries, err := t.readDir(dir, buf)
		if err != nil {
			return err
		}
		if out == nil {
			out = make([]Entry, 0, len(entries)) // usually all there is
		}
		for _, e := range entries {
			out = append(out, e)
			if e.IsDir {
				if err := walk(e.Path); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return out, walk(".")
}

// readDir lists one directory, sorted by name. Each listing opens its
// directory afresh (the root's too), so that Walks may run at once.
func (t *Tree) readDir(dir string, buf []byte) ([]Entry, error) {
	fd, err := openRetrying(func() (int, error) {
		return syscall.Openat(t.fd, dir, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	})
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: dir, Err: err}
	}
	defer syscall.Close(fd)
	var entries []Entry
	for {
		n, err := syscall.ReadDirent(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "readdirent", Path: dir, Err: err}
		}
		if n <= 0 {
			break
		}
		for b := buf[:n]; len(b) >= 19; {
			// struct linux_dirent64: d_ino u64, d_off s64, d_reclen u16,
			// d_type u8, d_name NUL-terminated.
			reclen := int(binary.NativeEndian.Uint16(b[16:18]))
			if reclen < 19 || reclen > len(b) {
				return nil, &fs.PathError{Op: "readdirent", Path: dir, Err: syscall.EIO}
			}
			typ, name := b[18], b[19:reclen]
			b = b[reclen:]
			if i := slices.Index(name, 0); i >= 0 {
				name = name[:i]
			}
			if s := string(name); s != "." && s != ".." {
				if !fs.ValidPath(join(dir, s)) {
					// os.DirFS refuses such a name (not UTF-8, say): the
					// caller's fs.WalkDir fails on it as it always did.
					return nil, &fs.PathError{Op: "readdirent", Path: join(dir, s), Err: fs.ErrInvalid}
				}
				isDir := typ == syscall.DT_DIR
				if typ == syscall.DT_UNKNOWN { // file systems that do not fill d_type
					isDir, err = t.isDir(join(dir, s))
					if err != nil {
						return nil, err
					}
				}
				entries = append(entries, Entry{Path: s, IsDir: isDir})
			}
		}
	}
	slices.SortFunc(entries, func(a, b Entry) int { return strings.Compare(a.Path, b.Path) })
	if dir != "." {
		for i := range entries {
			entries[i].Path = dir + "/" + entries[i].Path
		}
	}
	return entries, nil
}

// isDir reports whether p is a directory, not following a final symbolic
// link (as fs.WalkDir does not), relative to the root's descriptor.
func (t *Tree) isDir(p string) (bool, error) {
	fd, err := openRetrying(func() (int, error) {
		return syscall.Openat(t.fd, p, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
	})
	switch err {
	case nil:
		syscall.Close(fd)
		return true, nil
	case syscall.ENOTDIR, syscall.ELOOP: // a file, or a link
		return false, nil
	}
	return false, &fs.PathError{Op: "open", Path: p, Err: err}
}

// join joins a directory of a listing and a name in it.
func join(dir, name string) string {
	if dir == "." {
		return name
	}
	return dir + "/" + name
}

// ReadSmall reads the file at p (slash-separated, relative to the root)
// if it holds at most limit bytes: an openat, an fstat, a read and a
// close. small is false for a larger file, which the caller streams
// through the fs.FS instead.
func (t *Tree) ReadSmall(p string, limit int64) (body []byte, small bool, err error) {
	if !fs.ValidPath(p) {
		return nil, false, &fs.PathError{Op: "open", Path: p, Err: fs.ErrInvalid}
	}
	fd, err := openRetrying(func() (int, error) {
		return syscall.Openat(t.fd, p, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	})
	if err != nil {
		return nil, false, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, false, &fs.PathError{Op: "stat", Path: t.full(p), Err: err}
	}
	size := st.Size
	regular := st.Mode&syscall.S_IFMT == syscall.S_IFREG
	switch {
	case regular && size > limit:
		return nil, false, nil
	case !regular || size <= 0: // size unknown: read to the end, within the limit
		size = min(limit+1, 512)
	}
	body = make([]byte, 0, size)
	for {
		if len(body) == cap(body) {
			if int64(len(body)) > limit || regular && int64(len(body)) == st.Size {
				break // a file that grew since is read as it was
			}
			body = slices.Grow(body, min(int(limit+1)-len(body), len(body)))
		}
		n, err := syscall.Read(fd, body[len(body):cap(body)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, false, &fs.PathError{Op: "read", Path: t.full(p), Err: err}
		case n == 0: // the end (a file that shrank since is read as it is)
			return body, true, nil
		}
		body = body[:len(body)+n]
	}
	if int64(len(body)) > limit {
		return nil, false, nil
	}
	return body, true, nil
}

// full is p's path as os.DirFS's files name it in read and stat errors
// (its open errors name p alone).
func (t *Tree) full(p string) string {
	if strings.HasSuffix(t.root, "/") {
		return t.root + p
	}
	return t.root + "/" + p
}

// openRetrying calls open until it is not interrupted by a signal.
func openRetrying(open func() (int, error)) (int, error) {
	for {
		fd, err := open()
		if err != syscall.EINTR {
			return fd, err
		}
	}
}
