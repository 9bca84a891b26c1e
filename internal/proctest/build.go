package proctest

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
)

// BootprocPackage is the import path of the test binary.
const BootprocPackage = "github.com/runwaydb/migrate/internal/proctest/bootproc"

// Build compiles the bootproc test binary into dir with the go command,
// with the race detector if race, and returns its path.
func Build(ctx context.Context, dir string, race bool) (string, error) {
	bin := filepath.Join(dir, "bootproc")
	args := []string{"build", "-o", bin}
	if race {
		args = append(args, "-race")
	}
	cmd := exec.CommandContext(ctx, "go", append(args, BootprocPackage)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build %s: %w\n%s", BootprocPackage, err, bytes.TrimSpace(out))
	}
	return bin, nil
}
