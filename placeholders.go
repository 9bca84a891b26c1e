package migrate

import (
	"fmt"
	"iter"
	"strings"
	"unicode/utf8"
)

// Placeholders are written ${name} in scripts and replaced before the
// script runs. Names are case-insensitive.
const (
	placeholderPrefix = "${"
	placeholderSuffix = "}"
)

// placeholders maps lower-cased placeholder names to values.
type placeholders map[string]string

// mergePlaceholders returns the union of the maps, later ones winning, with
// lower-cased names.
func mergePlaceholders(maps ...map[string]string) placeholders {
	p := placeholders{}
	for _, m := range maps {
		for k, v := range m {
			p[strings.ToLower(k)] = v
		}
	}
	return p
}

// replacement records where a placeholder was replaced, to map positions in
// the replaced text back to the file.
type replacement struct {
	at      int // character offset of the value in the replaced text
	origLen int // characters of ${name} in the original
	newLen  int // characters of the value
}

// replaced is a script after placeholder replacement.
type replaced struct {
	text  string
	edits []replacement // in order
}

// replacePlaceholders replaces every ${name} in text. An unknown name is an
// error naming its line and column.
func replacePlaceholders(text string, p placeholders) (replaced, error) {
	if !strings.Contains(text, placeholderPrefix) {
		return replaced{text: text}, nil
	}
	var (
		b     strings.Builder
		edits []replacement
		chars int // characters written to b
	)
	rest := text
	for {
		i := strings.Index(rest, placeholderPrefix)
		if i < 0 {
			b.WriteString(rest)
			break
		}
		j := strings.Index(rest[i+len(placeholderPrefix):], placeholderSuffix)
		if j < 0 {
			b.WriteString(rest)
			break
		}
		name := rest[i+len(placeholderPrefix) : i+len(placeholderPrefix)+j]
		whole := placeholderPrefix + name + placeholderSuffix
		value, ok := p[strings.ToLower(name)]
		if !ok {
			offset := utf8.RuneCountInString(text[:len(text)-len(rest)+i])
			return replaced{}, &placeholderError{name: name, offset: offset}
		}
		b.WriteString(rest[:i])
		chars += utf8.RuneCountInString(rest[:i])
		edits = append(edits, replacement{at: chars, origLen: utf8.RuneCountInString(whole), newLen: utf8.RuneCountInString(value)})
		b.WriteString(value)
		chars += utf8.RuneCountInString(value)
		rest = rest[i+len(whole):]
	}
	return replaced{text: b.String(), edits: edits}, nil
}

// placeholderNames yields the name and character offset of every ${name}
// in text.
func placeholderNames(text string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for at := 0; ; {
			i := strings.Index(text[at:], placeholderPrefix)
			if i < 0 {
				return
			}
			i += at
			j := strings.Index(text[i+len(placeholderPrefix):], placeholderSuffix)
			if j < 0 {
				return
			}
			name := text[i+len(placeholderPrefix) : i+len(placeholderPrefix)+j]
			if !yield(name, utf8.RuneCountInString(text[:i])) {
				return
			}
			at = i + len(placeholderPrefix) + j + len(placeholderSuffix)
		}
	}
}

// origOffset maps a character offset in the replaced text to the original
// text. An offset inside a replaced value maps to the placeholder's start.
func (r replaced) origOffset(offset int) int {
	shift := 0
	for _, e := range r.edits {
		if offset < e.at {
			break
		}
		if offset < e.at+e.newLen {
			return e.at + shift
		}
		shift += e.origLen - e.newLen
	}
	return offset + shift
}

// placeholderError reports a placeholder without a value.
type placeholderError struct {
	name   string
	offset int // character offset of ${ in the text
}

func (e *placeholderError) Error() string {
	return fmt.Sprintf("%s ${%s}: set it in Config.Placeholders or Module.Placeholders, or turn replacement off with placeholderReplacement=false in the script's .sql.conf", ErrUnknownPlaceholder, e.name)
}

func (e *placeholderError) Unwrap() error { return ErrUnknownPlaceholder }
