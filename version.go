package migrate

import (
	"cmp"
	"fmt"
	"strings"
)

// Version is a migration version as Flyway understands it: parts of digits
// separated by "." (or "_" in file names). Versions compare part by part,
// missing parts count as zero and leading zeros are ignored, so 1 = 1.0 =
// 1.0.0 and 1.01 = 1.1. The zero Version is invalid; use [ParseVersion].
type Version struct {
	text  string   // as written, with "_" replaced by "." ("001.2")
	parts []string // digits without leading zeros ("1", "2"); "0" for zero
}

// ParseVersion parses a Flyway version such as "1", "1.2", "1_31_5_1" or
// "20130115113556". Underscores are read as dots. Every part must be digits
// only, of any length; letters, signs, "-" and empty parts are rejected.
func ParseVersion(s string) (Version, error) {
	text := s
	if strings.Contains(s, "_") {
		text = strings.ReplaceAll(s, "_", ".")
	}
	if text == "" {
		return Version{}, fmt.Errorf("empty version")
	}
	parts := make([]string, 0, strings.Count(text, ".")+1)
	for rest := text; rest != ""; {
		part, after, _ := strings.Cut(rest, ".")
		if part == "" || after == "" && len(part) < len(rest) {
			return Version{}, fmt.Errorf("version %q has an empty part", s)
		}
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return Version{}, fmt.Errorf("version %q may contain only digits separated by . or _", s)
			}
		}
		parts = append(parts, cmp.Or(strings.TrimLeft(part, "0"), "0"))
		rest = after
	}
	return Version{text: text, parts: parts}, nil
}

// String returns the version as Flyway stores it in the status table: the
// text as written, with "_" replaced by "." and leading zeros kept.
func (v Version) String() string { return v.text }

// IsZero reports whether v is the zero (unset) Version.
func (v Version) IsZero() bool { return v.parts == nil }

// Compare returns -1, 0 or +1 as v is lower than, equal to or higher than w.
// The zero Version is lower than every other version. Parts compare as
// numbers of any size (digit strings without leading zeros: the shorter is
// lower, then by digits), so no part overflows.
func (v Version) Compare(w Version) int {
	switch {
	case v.IsZero() && w.IsZero():
		return 0
	case v.IsZero():
		return -1
	case w.IsZero():
		return 1
	}
	for i := range max(len(v.parts), len(w.parts)) {
		a, b := partAt(v.parts, i), partAt(w.parts, i)
		if c := cmp.Compare(len(a), len(b)); c != 0 {
			return c
		}
		if c := strings.Compare(a, b); c != 0 {
			return c
		}
	}
	return 0
}

func partAt(parts []string, i int) string {
	if i < len(parts) {
		return parts[i]
	}
	return "0"
}

// Equal reports whether v and w are the same version (1.0 equals 1).
func (v Version) Equal(w Version) bool { return v.Compare(w) == 0 }

// key returns a canonical form of v for use as a map key: equal versions
// have equal keys (1, 1.0 and 01.0.0 all give "1").
func (v Version) key() string {
	parts := v.parts
	for len(parts) > 1 && parts[len(parts)-1] == "0" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts, ".")
}
