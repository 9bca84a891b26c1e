package migrate

import (
	"fmt"
	"strconv"
	"strings"

	goversion "github.com/hashicorp/go-version"
)

// Version is a migration version as Flyway understands it: parts of digits
// separated by "." (or "_" in file names). Versions compare part by part,
// missing parts count as zero and leading zeros are ignored, so 1 = 1.0 =
// 1.0.0 and 1.01 = 1.1. The zero Version is invalid; use [ParseVersion].
type Version struct {
	text string // as written, with "_" replaced by "." ("001.2")
	v    *goversion.Version
}

// ParseVersion parses a Flyway version such as "1", "1.2", "1_31_5_1" or
// "20130115113556". Underscores are read as dots. Every part must be digits
// only; letters, signs, "-" and empty parts are rejected. A part is limited to
// 18 digits (Flyway allows more; no real project uses them).
func ParseVersion(s string) (Version, error) {
	text := strings.ReplaceAll(s, "_", ".")
	if text == "" {
		return Version{}, fmt.Errorf("empty version")
	}
	for part := range strings.SplitSeq(text, ".") {
		if part == "" {
			return Version{}, fmt.Errorf("version %q has an empty part", s)
		}
		for _, r := range part {
			if r < '0' || r > '9' {
				return Version{}, fmt.Errorf("version %q may contain only digits separated by . or _", s)
			}
		}
		if len(strings.TrimLeft(part, "0")) > 18 {
			return Version{}, fmt.Errorf("version %q has a part longer than 18 digits", s)
		}
	}
	v, err := goversion.NewVersion(text)
	if err != nil {
		return Version{}, fmt.Errorf("version %q: %w", s, err)
	}
	return Version{text: text, v: v}, nil
}

// String returns the version as Flyway stores it in the status table: the
// text as written, with "_" replaced by "." and leading zeros kept.
func (v Version) String() string { return v.text }

// IsZero reports whether v is the zero (unset) Version.
func (v Version) IsZero() bool { return v.v == nil }

// Compare returns -1, 0 or +1 as v is lower than, equal to or higher than w.
// The zero Version is lower than every other version.
func (v Version) Compare(w Version) int {
	switch {
	case v.v == nil && w.v == nil:
		return 0
	case v.v == nil:
		return -1
	case w.v == nil:
		return 1
	}
	return v.v.Compare(w.v)
}

// Equal reports whether v and w are the same version (1.0 equals 1).
func (v Version) Equal(w Version) bool { return v.Compare(w) == 0 }

// key returns a canonical form of v for use as a map key: equal versions
// have equal keys (1, 1.0 and 01.0.0 all give "1").
func (v Version) key() string {
	if v.v == nil {
		return ""
	}
	segs := v.v.Segments64()
	for len(segs) > 1 && segs[len(segs)-1] == 0 {
		segs = segs[:len(segs)-1]
	}
	parts := make([]string, len(segs))
	for i, s := range segs {
		parts[i] = strconv.FormatInt(s, 10)
	}
	return strings.Join(parts, ".")
}
