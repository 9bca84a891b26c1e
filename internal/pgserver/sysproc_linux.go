package pgserver

import "syscall"

// sysProcAttr runs the server binaries as runAs (if not nil) and has the kernel
// kill them when the thread that started them exits, so a crashed or killed
// test process does not leave a server behind.
func sysProcAttr(runAs *osUser) (*syscall.SysProcAttr, error) {
	attr := &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if runAs != nil {
		attr.Credential = &syscall.Credential{Uid: runAs.uid, Gid: runAs.gid}
	}
	return attr, nil
}
