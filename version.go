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
	text   string // as written, with "_" replaced by "." ("001.2"); checked by ParseVersion
	packed uint64 // up to 4 parts below 65536, 16 bits each, for fast comparison; 0: not packable
}

// ParseVersion parses a Flyway version such as "1", "1.2", "1_31_5_1" or
// "20130115113556". Underscores are read as dots. Every part must be digits
// only, of any length; letters, signs, "-" and empty parts are rejected.
func ParseVersion(s string) (Version, error) {
	if s == "" {
		return Version{}, fmt.Errorf("empty version")
	}
	for i, start := 0, 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			continue
		}
		if i < len(s) && s[i] != '.' && s[i] != '_' {
			return Version{}, fmt.Errorf("version %q may contain only digits separated by . or _", s)
		}
		if i == start {
			return Version{}, fmt.Errorf("version %q has an empty part", s)
		}
		start = i + 1
	}
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", ".")
	}
	return Version{text: s, packed: pack(s)}, nil
}

// pack packs a version of up to 4 parts, each below 65536, into 64 bits
// (parts from the most significant end, missing parts zero) so that
// integer order is version order. It returns 0 for others. The top bit
// marks a packed value, so that 0 (version "0") stays distinct from "not
// packable".
func pack(s string) uint64 {
	var p uint64
	n := 0
	for rest := s; rest != ""; n++ {
		part, after, _ := strings.Cut(rest, ".")
		v := uint64(0)
		for i := 0; i < len(part); i++ {
			v = v*10 + uint64(part[i]-'0')
			if v >= 1<<15 {
				return 0
			}
		}
		if n == 4 {
			return 0
		}
		p |= v << (48 - 16*n)
		rest = after
	}
	return p | 1<<63
}

// String returns the version as Flyway stores it in the status table: the
// text as written, with "_" replaced by "." and leading zeros kept.
func (v Version) String() string { return v.text }

// IsZero reports whether v is the zero (unset) Version.
func (v Version) IsZero() bool { return v.text == "" }

// Compare returns -1, 0 or +1 as v is lower than, equal to or higher than w.
// The zero Version is lower than every other version. Parts compare as
// numbers of any size (digit strings without leading zeros: the shorter is
// lower, then by digits), so no part overflows and nothing is allocated.
func (v Version) Compare(w Version) int {
	switch {
	case v.IsZero() && w.IsZero():
		return 0
	case v.IsZero():
		return -1
	case w.IsZero():
		return 1
	case v.packed != 0 && w.packed != 0:
		return cmp.Compare(v.packed, w.packed)
	}
	for a, b := v.text, w.text; a != "" || b != ""; {
		var pa, pb string
		pa, a = nextPart(a)
		pb, b = nextPart(b)
		if c := cmp.Compare(len(pa), len(pb)); c != 0 {
			return c
		}
		if c := strings.Compare(pa, pb); c != 0 {
			return c
		}
	}
	return 0
}

// nextPart splits the first part off a version's text, without leading
// zeros ("0" for zero, and for no part left).
func nextPart(s string) (part, rest string) {
	part, rest, _ = strings.Cut(s, ".")
	return cmp.Or(strings.TrimLeft(part, "0"), "0"), rest
}

// Equal reports whether v and w are the same version (1.0 equals 1).
func (v Version) Equal(w Version) bool { return v.Compare(w) == 0 }

// key returns a canonical form of v for use as a map key: equal versions
// have equal keys (1, 1.0 and 01.0.0 all give "1"). A version written
// canonically is its own key.
func (v Version) key() string {
	if canonical(v.text) {
		return v.text
	}
	var parts []string
	for rest := v.text; rest != ""; {
		var p string
		p, rest = nextPart(rest)
		parts = append(parts, p)
	}
	for len(parts) > 1 && parts[len(parts)-1] == "0" {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, ".")
}

// canonical reports whether a version's text has no leading zeros and no
// trailing zero parts.
func canonical(s string) bool {
	for rest := s; rest != ""; {
		part, after, more := strings.Cut(rest, ".")
		if len(part) > 1 && part[0] == '0' || more && after == "" || part == "0" && !more && rest != s {
			return false
		}
		rest = after
	}
	return true
}
