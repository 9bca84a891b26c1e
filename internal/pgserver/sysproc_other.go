//go:build !linux

package pgserver

import (
	"errors"
	"syscall"
)

// sysProcAttr has nothing to set outside Linux: there is no parent-death
// signal, so Stop must be called, and switching users is not supported.
func sysProcAttr(runAs *osUser) (*syscall.SysProcAttr, error) {
	if runAs != nil {
		return nil, errors.New("running the postgresql server as root is only supported on linux; run as an unprivileged user")
	}
	return nil, nil
}

// memoryDir is where an unsynced cluster goes when it can live in memory:
// nowhere outside Linux (the temporary directory is used).
func memoryDir() string { return "" }
