package migrate

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/magiconair/properties"
)

// setting is one configured value and where it came from.
type setting struct {
	key    string // property key, "db.myplaces.url"
	value  string
	source string // "file:line" or "$NAME"; "" for a default
}

// loader holds what LoadConfig read and what it found wrong.
type loader struct {
	opts     LoadOptions
	log      *slog.Logger
	files    map[string]setting // the last definition of each key in the files
	order    []string           // keys of files, in order of first definition
	env      map[string]string  // non-empty environment variables
	envNames []string           // sorted
	known    map[string]bool    // keys looked up
	prefixes []string           // key prefixes looked up (placeholders)
	errs     []error
	seen     map[string]bool // messages of errs and warnings, to report each once

	flywayMode    bool  // flyway.url is set and db.url is not: Flyway's defaults
	failOnMissing *bool // flyway.failOnMissingLocations, when set
}

// newLoader reads opts' files and environment.
func newLoader(opts LoadOptions) *loader {
	l := &loader{opts: opts, log: opts.Logger, files: map[string]setting{}, env: map[string]string{},
		known: map[string]bool{}, seen: map[string]bool{}}
	if l.log == nil {
		l.log = slog.New(slog.DiscardHandler)
	}
	for _, f := range opts.Files {
		l.readFile(f)
	}
	environ := opts.Environ
	if environ == nil {
		environ = os.Environ()
	}
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok && v != "" {
			l.env[k] = v
		}
	}
	for k := range l.env {
		l.envNames = append(l.envNames, k)
	}
	slices.Sort(l.envNames)
	return l
}

// lineError matches magiconair/properties' syntax errors.
var lineError = regexp.MustCompile(`^properties: Line \d+: `)

// readFile adds a properties file's keys, each with the line where it is
// last defined.
func (l *loader) readFile(path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		l.fail(&ConfigError{Source: path, Err: err})
		return
	}
	p, err := parseProperties(data)
	if err != nil {
		_, bad := keyLines(data)
		l.fail(&ConfigError{Source: fmt.Sprintf("%s:%d", path, bad), Err: errors.New(lineError.ReplaceAllString(err.Error(), ""))})
		return
	}
	lines, _ := keyLines(data)
	for _, k := range p.Keys() {
		v, _ := p.Get(k)
		if _, ok := l.files[k]; !ok {
			l.order = append(l.order, k)
		}
		l.files[k] = setting{key: k, value: v, source: fmt.Sprintf("%s:%d", path, lines[k])}
	}
}

// parseProperties parses Java properties text as UTF-8, without ${}
// expansion. Line endings become "\n" first: magiconair/properties ends
// a value continued by a backslash at "\r\n", where Java goes on.
func parseProperties(data []byte) (*properties.Properties, error) {
	loader := properties.Loader{Encoding: properties.UTF8, DisableExpansion: true}
	return loader.LoadBytes([]byte(unixLines(string(data))))
}

// unixLines turns "\r\n" and "\r" line endings into "\n".
func unixLines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// keyLines returns the line on which each key is last defined, and the
// first line that does not parse. magiconair/properties does not say, so
// each logical line (a line and the lines its trailing backslashes
// continue onto) is parsed alone.
func keyLines(data []byte) (lines map[string]int, bad int) {
	text := strings.TrimPrefix(string(data), "\uFEFF")
	all := strings.Split(unixLines(text), "\n")
	lines = map[string]int{}
	for i := 0; i < len(all); i++ {
		start := i
		t := strings.TrimLeft(all[i], " \t\f")
		if t == "" || t[0] == '#' || t[0] == '!' {
			continue
		}
		for i+1 < len(all) && continues(all[i]) {
			i++
		}
		p, err := parseProperties([]byte(strings.Join(all[start:i+1], "\n")))
		if err != nil {
			if bad == 0 {
				bad = start + 1
			}
			continue
		}
		for _, k := range p.Keys() {
			lines[k] = start + 1
		}
	}
	return lines, bad
}

// continues reports whether a line ends with an odd number of backslashes.
func continues(line string) bool {
	return (len(line)-len(strings.TrimRight(line, `\`)))%2 == 1
}

// lookup returns the first of keys set in the environment, else the first
// set in the files. Every key becomes known.
func (l *loader) lookup(keys ...string) (setting, bool) {
	return l.find(false, keys)
}

// text is lookup with the value trimmed, skipping empty values.
func (l *loader) text(keys ...string) (setting, bool) {
	s, ok := l.find(true, keys)
	s.value = strings.TrimSpace(s.value)
	return s, ok
}

// secret is lookup for passwords: the value as it is, empty when not set.
func (l *loader) secret(keys ...string) string {
	s, _ := l.find(true, keys)
	return s.value
}

// find looks keys up in the environment (which holds no empty values),
// then in the files.
func (l *loader) find(skipEmpty bool, keys []string) (setting, bool) {
	for _, k := range keys {
		l.known[k] = true
	}
	for _, k := range keys {
		name := envName(k)
		if v, ok := l.env[name]; ok {
			return setting{key: k, value: v, source: "$" + name}, true
		}
	}
	for _, k := range keys {
		if s, ok := l.files[k]; ok && (!skipEmpty || strings.TrimSpace(s.value) != "") {
			return s, true
		}
	}
	return setting{}, false
}

// fail records a bad value, once.
func (l *loader) fail(err error) {
	if msg := err.Error(); !l.seen[msg] {
		l.seen[msg] = true
		l.errs = append(l.errs, err)
	}
}

// bad records what is wrong with s's value.
func (l *loader) bad(s setting, format string, args ...any) {
	l.fail(&ConfigError{Key: s.key, Value: displayValue(s), Source: s.source, Err: fmt.Errorf(format, args...)})
}

// displayValue is s's value as messages may show it.
func displayValue(s setting) string {
	switch {
	case strings.HasSuffix(s.key, "password"):
		return "(redacted)"
	case strings.HasSuffix(s.key, "url"):
		return redactConn(s.value)
	}
	return s.value
}

// warn logs a warning about a key, without its value.
func (l *loader) warn(msg string, attrs ...slog.Attr) {
	l.log.LogAttrs(context.Background(), slog.LevelWarn, msg, attrs...)
}

// warnOnce is warn for a warning that may repeat (a URL modules share).
func (l *loader) warnOnce(msg string, attrs ...slog.Attr) {
	id := "warn:" + msg + fmt.Sprint(attrs)
	if !l.seen[id] {
		l.seen[id] = true
		l.warn(msg, attrs...)
	}
}

// flag reads a boolean; def when not set or bad.
func (l *loader) flag(def bool, keys ...string) bool {
	if v, ok, _ := l.optFlag(keys...); ok {
		return v
	}
	return def
}

// optFlag reads a boolean; ok is false when it is not set or bad.
func (l *loader) optFlag(keys ...string) (v, ok bool, s setting) {
	s, set := l.text(keys...)
	if !set {
		return false, false, s
	}
	switch strings.ToLower(s.value) {
	case "true":
		return true, true, s
	case "false":
		return false, true, s
	}
	l.bad(s, "expected true or false")
	return false, false, s
}

// list splits a comma-separated value, dropping empty entries.
func list(v string) []string {
	var out []string
	for e := range strings.SplitSeq(v, ",") {
		if e = strings.TrimSpace(e); e != "" {
			out = append(out, e)
		}
	}
	return out
}

// version reads a version ("2.0.4"); "" when not set or bad.
func (l *loader) version(keys ...string) string {
	s, ok := l.text(keys...)
	if !ok {
		return ""
	}
	if _, err := ParseVersion(s.value); err != nil {
		l.bad(s, "%v", err)
		return ""
	}
	return s.value
}

// target reads a Module.Target; "" when not set or bad.
func (l *loader) target(keys ...string) string {
	s, ok := l.text(keys...)
	if !ok {
		return ""
	}
	switch strings.ToLower(s.value) {
	case "latest", "current", "next":
		return s.value
	}
	if _, err := ParseVersion(strings.TrimSuffix(s.value, "?")); err != nil {
		l.bad(s, "expected latest, current, next or a version (2.1, or 2.1? if it need not exist)")
		return ""
	}
	return s.value
}

// integer reads a whole number.
func (l *loader) integer(s setting) (int, bool) {
	n, err := strconv.Atoi(s.value)
	if err != nil {
		l.bad(s, "expected a whole number")
		return 0, false
	}
	return n, true
}
