package migrate

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"strings"
)

// errNoClasspath is returned for classpath: locations when
// LoadOptions.Classpath is nil.
var errNoClasspath = errors.New("LoadOptions.Classpath is not set")

// moduleLocations reads a module's script.locations (or its default) and
// resolves them into Locations, each with its name ("classpath:flyway/oskari")
// for messages and tools; Scripts stays nil.
func (l *loader) moduleLocations(name string, keys []string) (fs.FS, []Location) {
	s, explicit := l.text(keys...)
	if !explicit {
		s = setting{key: keys[0], value: "/flyway/" + name, source: "default"}
		switch {
		case name == coreModule && l.flywayMode:
			s.value = flywayLocation
		case name == coreModule:
			s.value = "/flyway/oskari"
		}
	}
	var found []Location
	for _, spec := range list(s.value) {
		loc, err := l.location(spec)
		missing := errors.Is(err, fs.ErrNotExist) || !explicit && errors.Is(err, errNoClasspath)
		fail := l.failOnMissing != nil && *l.failOnMissing || explicit && l.failOnMissing == nil
		switch {
		case err == nil:
			found = append(found, loc)
		case !missing:
			l.bad(s, "location %q: %v", spec, err)
		case fail:
			l.bad(s, "location %q does not exist", spec)
		case explicit:
			l.warn("location does not exist; skipped", slog.String("key", s.key), slog.String("location", spec), slog.String("source", s.source))
		default:
			l.log.LogAttrs(context.Background(), slog.LevelDebug, "default location does not exist; skipped",
				slog.String("module", name), slog.String("location", spec))
		}
	}
	return nil, found
}

// location resolves one location: "classpath:dir" or "dir" inside
// LoadOptions.Classpath, "filesystem:dir" on disk. A location that does
// not exist is an error wrapping fs.ErrNotExist.
func (l *loader) location(spec string) (Location, error) {
	kind, p, ok := strings.Cut(spec, ":")
	if !ok {
		kind, p = "classpath", spec
	}
	switch kind {
	case "classpath":
		p = strings.Trim(p, "/")
		if p == "" {
			p = "."
		}
		if !fs.ValidPath(p) {
			return Location{}, errors.New("not a valid path (empty, . or .. elements)")
		}
		if l.opts.Classpath == nil {
			return Location{}, errNoClasspath
		}
		info, err := fs.Stat(l.opts.Classpath, p)
		if err != nil {
			return Location{}, err
		}
		if !info.IsDir() {
			return Location{}, errors.New("not a directory")
		}
		sub, err := fs.Sub(l.opts.Classpath, p)
		return Location{Name: "classpath:" + strings.TrimSuffix(p, "."), FS: sub}, err
	case "filesystem":
		if p == "" {
			return Location{}, errors.New("empty path")
		}
		info, err := os.Stat(p)
		if err != nil {
			return Location{}, err
		}
		if !info.IsDir() {
			return Location{}, errors.New("not a directory")
		}
		return Location{Name: "filesystem:" + p, FS: os.DirFS(p)}, nil
	}
	return Location{}, fmt.Errorf("unsupported location type %q: use classpath: or filesystem:", kind)
}
