package migrate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
)

// metaStmt is a psql meta-command of a script that Runway skips: pg_dump's
// \restrict and \unrestrict, and \connect (or \c) to a database whose name
// is checked against the session's when the script runs.
type metaStmt struct {
	command string      // as written, without the backslash
	connect bool        // \connect or \c
	db      string      // the database \connect names; "" for the current one
	src     *stmtSource // where it is, for messages
}

// parseConnect reads the arguments of \connect as psql does for the forms
// pg_dump writes: \connect dbname, \connect "DbName" and
// \connect -reuse-previous=on "dbname='a name'". It returns "" for the
// current database (no arguments, or "-"). A user, host or port, or a
// connection string with other keywords, is refused: it is another
// connection.
func parseConnect(args string) (string, error) {
	words, err := metaArgs(args)
	if err != nil {
		return "", err
	}
	var pos []string
	for _, w := range words {
		if w.hasPrefix("-reuse-previous") && !w.quoted {
			continue
		}
		pos = append(pos, w.text)
	}
	for _, extra := range pos[min(1, len(pos)):] {
		if extra != "-" {
			return "", errors.New("it names a user, host or port: another connection")
		}
	}
	if len(pos) == 0 || pos[0] == "-" {
		return "", nil
	}
	db := pos[0]
	if strings.Contains(db, "=") || strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return connStringDB(db)
	}
	return db, nil
}

// metaWord is an argument of a meta-command, its quotes removed.
type metaWord struct {
	text   string
	quoted bool
}

func (w metaWord) hasPrefix(p string) bool { return strings.HasPrefix(w.text, p) }

// metaArgs splits a meta-command's arguments as psql does: blanks
// separate them; double quotes quote, a doubled one standing for one;
// single quotes quote, with backslash escapes and a doubled quote for
// one. Backquotes and :variables are refused.
func metaArgs(s string) ([]metaWord, error) {
	var out []metaWord
	s = strings.TrimRight(s, " \t\r\n")
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == len(s) {
			break
		}
		var b strings.Builder
		w := metaWord{}
		for i < len(s) && s[i] != ' ' && s[i] != '\t' {
			switch c := s[i]; {
			case c == '`' || c == ':' && i+1 < len(s) && (isIdentCont(rune(s[i+1])) || strings.ContainsRune(`'"{`, rune(s[i+1]))):
				return nil, fmt.Errorf("%q in its arguments is not supported", c)
			case c == '"' || c == '\'':
				end, err := quotedArg(s, i, &b)
				if err != nil {
					return nil, err
				}
				i, w.quoted = end, true
			default:
				b.WriteByte(c)
				i++
			}
		}
		w.text = b.String()
		out = append(out, w)
	}
	return out, nil
}

// quotedArg appends the quoted text starting at s[i] to b and returns the
// offset after its closing quote.
func quotedArg(s string, i int, b *strings.Builder) (int, error) {
	q := s[i]
	for i++; i < len(s); i++ {
		switch {
		case s[i] == q && i+1 < len(s) && s[i+1] == q:
			b.WriteByte(q)
			i++
		case s[i] == q:
			return i + 1, nil
		case q == '\'' && s[i] == '\\' && i+1 < len(s):
			i++
			b.WriteByte(unescape(s[i]))
		default:
			b.WriteByte(s[i])
		}
	}
	return 0, errors.New("unterminated quoted argument")
}

// unescape is the byte a backslash escape stands for.
func unescape(c byte) byte {
	switch c {
	case 'n':
		return '\n'
	case 't':
		return '\t'
	case 'r':
		return '\r'
	}
	return c
}

// connStringDB returns the database of a keyword/value connection string
// that has only dbname, as pg_dump writes it: dbname='a name'.
func connStringDB(s string) (string, error) {
	if strings.Contains(s, "://") {
		return "", errors.New("a connection URI is another connection")
	}
	db, found := "", false
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			break
		}
		eq := strings.IndexByte(s[i:], '=')
		if eq < 0 {
			return "", errors.New("connection string without '='")
		}
		key := strings.TrimSpace(s[i : i+eq])
		val, next, err := connValue(s, i+eq+1)
		if err != nil {
			return "", err
		}
		if key != "dbname" {
			return "", fmt.Errorf("connection string keyword %q is another connection", key)
		}
		db, found, i = val, true, next
	}
	if !found {
		return "", errors.New("connection string without dbname")
	}
	return db, nil
}

// connValue reads a connection string value at s[i]: bare up to a blank,
// or '…' with backslash escapes.
func connValue(s string, i int) (string, int, error) {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	var b strings.Builder
	if i < len(s) && s[i] == '\'' {
		for i++; i < len(s); i++ {
			switch {
			case s[i] == '\\' && i+1 < len(s):
				i++
				b.WriteByte(s[i])
			case s[i] == '\'':
				return b.String(), i + 1, nil
			default:
				b.WriteByte(s[i])
			}
		}
		return "", 0, errors.New("unterminated quoted value in connection string")
	}
	for i < len(s) && s[i] != ' ' {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String(), i, nil
}

// checkMetas checks the psql meta-commands that mig's script skips: a
// \connect must name the session's database. Each skipped one is logged.
func (e *executor) checkMetas(ctx context.Context, mig *migration, p *parsedScript) error {
	for _, m := range p.metas {
		if m.connect && m.db != "" && m.db != e.sess.id.database {
			return m.src.errorAtStart(fmt.Errorf("%w \\%s to database %q is not supported: the script runs on database %q, and only a \\%s to it is skipped",
				ErrMetaCommand, m.command, m.db, e.sess.id.database, m.command))
		}
		e.log.LogAttrs(ctx, slog.LevelDebug, "skipped psql meta-command", slog.String("script", mig.name),
			slog.Int("line", m.src.line), slog.String("command", `\`+m.command))
	}
	return nil
}
