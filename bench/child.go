package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"time"

	"github.com/jackc/pgx/v5"
)

// nameIdle is the child that only connects and closes: the memory any
// child of the bench binary takes before it migrates anything.
const nameIdle = "idle"

// child is one OS process of the benchmark: the bench binary re-executed
// with -child, or psql.
type child struct {
	cmd     *exec.Cmd
	stderr  bytes.Buffer
	release io.WriteCloser // closing it starts a child run with -barrier
}

// childResult is what the parent measures of a child.
type childResult struct {
	wall   time.Duration
	maxRSS int64 // bytes; 0 where the OS does not say
}

// selfCommand re-executes the bench binary to run tool once on url and dir.
// With barrier, the child waits until release is closed.
func selfCommand(ctx context.Context, tool, url, dir string, barrier bool) (*child, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	args := []string{"-child", tool, "-url", url, "-dir", dir}
	if barrier {
		args = append(args, "-barrier")
	}
	c := &child{cmd: exec.CommandContext(ctx, exe, args...)}
	if barrier {
		if c.release, err = c.cmd.StdinPipe(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// start starts the child, its stderr kept for the error message.
func (c *child) start() error {
	c.cmd.Stderr = &c.stderr
	return c.cmd.Start()
}

// wait waits for the child and returns its peak RSS.
func (c *child) wait() (int64, error) {
	err := c.cmd.Wait()
	rss := maxRSS(c.cmd.ProcessState)
	if err != nil {
		msg := bytes.TrimSpace(c.stderr.Bytes())
		if len(msg) > 400 {
			msg = append([]byte("…"), msg[len(msg)-400:]...)
		}
		return rss, fmt.Errorf("%s: %w: %s", c.cmd.Args[0], err, msg)
	}
	return rss, nil
}

// run starts the child and waits for it. Its peak RSS is polled from
// /proc while it runs: rusage's ru_maxrss of a child started by Go (vfork,
// then exec) counts the parent's memory at the fork, so it never reads
// below the parent's size. The poll misses at most the last few ms.
func (c *child) run() (childResult, error) {
	start := time.Now()
	if err := c.start(); err != nil {
		return childResult{}, err
	}
	done := make(chan struct{})
	peak := make(chan int64, 1)
	go func() { peak <- pollPeakRSS(c.cmd.Process.Pid, done) }()
	rss, err := c.wait()
	close(done)
	if polled := <-peak; polled > 0 {
		rss = polled
	}
	return childResult{wall: time.Since(start), maxRSS: rss}, err
}

// pollPeakRSS reads VmHWM of process pid every 5 ms until done and returns
// the last value read (VmHWM only grows), 0 where /proc has none.
func pollPeakRSS(pid int, done <-chan struct{}) int64 {
	path := fmt.Sprintf("/proc/%d/status", pid)
	var peak int64
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		if data, err := os.ReadFile(path); err == nil {
			if i := bytes.Index(data, []byte("VmHWM:")); i >= 0 {
				var kb int64
				if _, err := fmt.Sscanf(string(data[i+len("VmHWM:"):]), "%d", &kb); err == nil && kb*1024 > peak {
					peak = kb * 1024
				}
			}
		}
		select {
		case <-done:
			return peak
		case <-tick.C:
		}
	}
}

// childMain is the bench binary run with -child: one run of one tool.
func childMain(ctx context.Context, name, url, dir string, barrier bool) error {
	if barrier {
		_, _ = io.Copy(io.Discard, os.Stdin) // the parent closes stdin to start every child at once
	}
	if name == nameIdle {
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			return err
		}
		return conn.Close(ctx)
	}
	for _, t := range peerTools() {
		if t.name == name {
			return t.run(ctx, url, dir)
		}
	}
	return fmt.Errorf("no tool %q", name)
}
