package sqlscript

// TokenKind classifies a token of [Tokens].
type TokenKind uint8

const (
	// Word is a keyword or an unquoted identifier.
	Word TokenKind = iota
	// QuotedIdent is a "quoted identifier" (or U&"…"), quotes included.
	QuotedIdent
	// String is a string constant ('…', E'…', B'…', X'…', N'…', U&'…') or
	// a dollar-quoted string, quotes included.
	String
	// Number is a numeric constant.
	Number
	// Param is a positional parameter such as $1.
	Param
	// Punct is one character of punctuation or of an operator: ( ) , ; .
	// [ ] : and the operator characters, each its own token.
	Punct
	// Comment is a -- comment (without its line terminator) or a
	// /* … */ comment (nested ones included).
	Comment
)

// Token is one token of a statement's text.
type Token struct {
	Kind TokenKind
	// Text is the token as written.
	Text string
	// Offset is the byte offset of the token in the text given to Tokens.
	Offset int
}

// Tokens returns the tokens of text, usually one [Statement.Text],
// comments included, whitespace left out. It never fails: an unterminated
// string, quoted identifier or comment runs to the end of text (the
// [Scanner] reports those). Backslash escapes are honoured in E'…' strings
// only, as with standard_conforming_strings on.
func Tokens(text string) []Token {
	var toks []Token
	for p := 0; p < len(text); {
		c := text[p]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			p++
			continue
		}
		kind, end := tokenAt(text, p)
		toks = append(toks, Token{Kind: kind, Text: text[p:end], Offset: p})
		p = end
	}
	return toks
}

// tokenAt returns the kind and end of the token that starts at p.
func tokenAt(text string, p int) (TokenKind, int) {
	c := text[p]
	next := byte(0)
	if p+1 < len(text) {
		next = text[p+1]
	}
	switch {
	case c == '-' && next == '-':
		return Comment, indexFrom(text, p, "\n", len(text))
	case c == '/' && next == '*':
		return Comment, blockCommentEnd(text, p)
	case c == '\'':
		return String, quotedEnd(text, p, '\'', false)
	case c == '"':
		return QuotedIdent, quotedEnd(text, p, '"', false)
	case (c == 'e' || c == 'E') && next == '\'':
		return String, quotedEnd(text, p+1, '\'', true)
	case (c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && next == '\'':
		return String, quotedEnd(text, p+1, '\'', false)
	case (c == 'u' || c == 'U') && next == '&' && p+2 < len(text) && (text[p+2] == '\'' || text[p+2] == '"'):
		if text[p+2] == '"' {
			return QuotedIdent, quotedEnd(text, p+2, '"', false)
		}
		return String, quotedEnd(text, p+2, '\'', false)
	case c == '$':
		return dollarToken(text, p)
	case isDigit(c) || (c == '.' && isDigit(next)):
		return Number, numberEnd(text, p)
	case isIdentStart(c):
		end := p + 1
		for end < len(text) && isIdentCont(text[end]) {
			end++
		}
		return Word, end
	}
	return Punct, p + 1
}

// indexFrom returns the index of sub in text at or after p, or def.
func indexFrom(text string, p int, sub string, def int) int {
	for i := p; i+len(sub) <= len(text); i++ {
		if text[i:i+len(sub)] == sub {
			return i
		}
	}
	return def
}

// blockCommentEnd returns the end of the /* comment at p, nesting counted.
func blockCommentEnd(text string, p int) int {
	depth := 0
	for i := p; i+1 < len(text); i++ {
		switch {
		case text[i] == '/' && text[i+1] == '*':
			depth++
			i++
		case text[i] == '*' && text[i+1] == '/':
			depth--
			i++
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(text)
}

// quotedEnd returns the end of the quoted token whose opening quote q is
// at p: a doubled quote stands for itself; with escapes, so does \q.
func quotedEnd(text string, p int, q byte, escapes bool) int {
	for i := p + 1; i < len(text); i++ {
		switch {
		case escapes && text[i] == '\\':
			i++
		case text[i] == q && i+1 < len(text) && text[i+1] == q:
			i++
		case text[i] == q:
			return i + 1
		}
	}
	return len(text)
}

// dollarToken returns a dollar-quoted string, a parameter ($1) or a lone $.
func dollarToken(text string, p int) (TokenKind, int) {
	i := p + 1
	if i < len(text) && isDigit(text[i]) {
		for i < len(text) && isDigit(text[i]) {
			i++
		}
		return Param, i
	}
	if i < len(text) && isIdentStart(text[i]) {
		for i < len(text) && isTagCont(text[i]) {
			i++
		}
	}
	if i >= len(text) || text[i] != '$' {
		return Punct, p + 1
	}
	tag := text[p : i+1]
	return String, indexFrom(text, i+1, tag, len(text)-len(tag)) + len(tag)
}

// numberEnd returns the end of the number at p (digits, a fraction, an
// exponent; letters that follow are left to the next token).
func numberEnd(text string, p int) int {
	i := p
	for i < len(text) && (isDigit(text[i]) || text[i] == '.' || text[i] == '_') {
		if text[i] == '.' && i+1 < len(text) && text[i+1] == '.' {
			break // 1..2 is not a number
		}
		i++
	}
	if i < len(text) && (text[i] == 'e' || text[i] == 'E') {
		j := i + 1
		if j < len(text) && (text[j] == '+' || text[j] == '-') {
			j++
		}
		if j < len(text) && isDigit(text[j]) {
			for i = j; i < len(text) && isDigit(text[i]); i++ {
			}
		}
	}
	return i
}
