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
