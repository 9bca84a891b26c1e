package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/runwaydb/migrate"
)

// firstVersion is the version of a module's first migration, as Oskari
// numbers them (V1_0__…).
const firstVersion = "1_0"

func (a *app) newMigration(ctx context.Context, args []string) error {
	fs := newFlags("new")
	help := "Creates the module's next versioned migration, V<version>__<description>.sql,\n" +
		"in the module's first filesystem: location, and prints its path. The\n" +
		"version is the module's highest with its last part bumped (1_31_5 gives\n" +
		"1_31_6; a module without migrations starts at " + firstVersion + "); each run of\n" +
		"spaces in the description becomes one \"_\". Needs no database.\n"
	if err := a.parse(fs, args, "MODULE DESCRIPTION", text(help)); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usagef("new: want a module and a description, as in: runway new myplaces \"add index\" (see runway new -h)")
	}
	name, desc := fs.Arg(0), strings.TrimSpace(fs.Arg(1))
	if desc == "" || strings.ContainsAny(desc, "/\\\x00") {
		return usagef("new: description %q: give some words, without / or \\", fs.Arg(1))
	}
	cfg, err := a.load()
	if err != nil {
		return err
	}
	mod := cfg.ModuleByName(name)
	if mod == nil {
		return fmt.Errorf("no module named %q", name)
	}
	dir, ok := filesystemDir(mod)
	if !ok {
		key := "db." + name + ".script.locations"
		if name == "core" {
			key = "db.script.locations"
		}
		return fmt.Errorf("module %s has no filesystem: location to create the file in (set %s)", name, key)
	}
	highest, err := highestVersion(mod)
	if err != nil {
		return err
	}
	next, err := nextVersion(highest)
	if err != nil {
		return err
	}
	file := filepath.Join(dir, "V"+next+"__"+strings.Join(strings.Fields(desc), "_")+".sql")
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(f, "-- %s\n", desc)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(a.stdout, file)
	return nil
}

// filesystemDir returns the directory of the module's first filesystem:
// location.
func filesystemDir(mod *migrate.Module) (string, bool) {
	for _, l := range mod.Locations {
		if dir, ok := strings.CutPrefix(l.Name, "filesystem:"); ok && dir != "" {
			return dir, true
		}
	}
	return "", false
}

// highestVersion returns the highest version of the module's versioned
// SQL files, in every location, as written in the file name ("1_31_5");
// "" if it has none.
func highestVersion(mod *migrate.Module) (string, error) {
	fsyss := []fs.FS{}
	if mod.Scripts != nil {
		fsyss = append(fsyss, mod.Scripts)
	}
	for _, l := range mod.Locations {
		fsyss = append(fsyss, l.FS)
	}
	var best string
	var bestV migrate.Version
	for _, fsys := range fsyss {
		err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			text, ok := versionOf(path.Base(p))
			if !ok {
				return nil
			}
			if v, err := migrate.ParseVersion(text); err == nil && (best == "" || v.Compare(bestV) > 0) {
				best, bestV = text, v
			}
			return nil
		})
		if err != nil {
			return "", fmt.Errorf("module %s: %w", mod.Name, err)
		}
	}
	return best, nil
}

// versionOf returns the version of a versioned migration's file name
// (V1_2__add.sql → "1_2").
func versionOf(name string) (string, bool) {
	if len(name) < 6 || name[0] != 'V' || !strings.EqualFold(name[len(name)-4:], ".sql") {
		return "", false
	}
	v := name[1 : len(name)-4]
	v, _, _ = strings.Cut(v, "__")
	return v, v != ""
}

// nextVersion bumps the last part of v, keeping its separators and the
// part's width: 1_31_5 → 1_31_6, 1.09 → 1.10, 2 → 3; "" → firstVersion.
func nextVersion(v string) (string, error) {
	if v == "" {
		return firstVersion, nil
	}
	i := strings.LastIndexAny(v, "._") + 1
	n, err := strconv.ParseUint(v[i:], 10, 64)
	if err != nil || n == ^uint64(0) {
		return "", fmt.Errorf("cannot bump version %s", v)
	}
	return v[:i] + fmt.Sprintf("%0*d", len(v)-i, n+1), nil
}

func (a *app) version(ctx context.Context, args []string) error {
	fs := newFlags("version")
	if err := a.parse(fs, args, "", text("Prints runway's module version and the Go version it was built with.\n")); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	fmt.Fprintln(a.stdout, buildVersion())
	fmt.Fprintf(a.stdout, "built with %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}

// buildVersion describes the module runway was built from: path, version
// and, for a build from a checkout, the commit.
func buildVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "runway (unknown version)"
	}
	s := fmt.Sprintf("runway %s %s", bi.Main.Path, bi.Main.Version)
	settings := map[string]string{}
	for _, kv := range bi.Settings {
		settings[kv.Key] = kv.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		s += " commit " + rev[:min(12, len(rev))]
		if settings["vcs.modified"] == "true" {
			s += " (modified)"
		}
	}
	return s
}
