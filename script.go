package migrate

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/magiconair/properties"
	"github.com/runwaydb/migrate/internal/dirfs"
	"github.com/runwaydb/migrate/internal/sqlscript"
)

// maxCachedScript is the size up to which a script's bytes stay in memory
// once read: it is then read once per Migrator. A larger script (a data
// dump) is streamed: read once when resolved (checksum), once when parsed
// (transaction mode) and once when applied, never held whole.
const maxCachedScript = 1 << 20

// script is one SQL file of a module: read once, its checksum computed
// once, its statements and transaction mode found once, when first needed.
type script struct {
	fsys     fs.FS
	path     string
	conf     scriptConf
	body     []byte // the file, when at most maxCachedScript; nil: stream it
	checksum int32  // Flyway 4+ checksum of the raw text

	parseOnce sync.Once
	parsed    *parsedScript
	parseErr  error
}

// parsedScript is what one pass of the lexer over a script found.
type parsedScript struct {
	stmts []parsedStmt // nil for a streamed script
	shape scriptShape
	metas []metaStmt    // the psql meta-commands skipped
	index []indexSource // index statements and SETs, for recovery
}

// parsedStmt is a statement of a cached script, with its COPY data.
type parsedStmt struct {
	sqlscript.Statement
	copyData []byte
}

// scriptShape is what decides how a script runs.
type scriptShape struct {
	noTx       *stmtSource // first statement that cannot run in a transaction
	plain      *stmtSource // first statement that can
	rollback   *stmtSource // first ROLLBACK/ABORT
	addValue   *stmtSource // first ALTER TYPE … ADD VALUE (no transaction before PostgreSQL 12)
	txControls int         // BEGIN/COMMIT statements
}

// read reads one SQL file of size bytes (-1: unknown): its bytes, if
// small, and its checksum. scratch is a buffer the checksum may reuse from
// file to file.
func (s *script) read(fsys fs.FS, tree *dirfs.Tree, p string, conf scriptConf, scratch *[]byte) (err error) {
	s.fsys, s.path, s.conf = fsys, p, conf
	var (
		body  []byte
		small bool
	)
	if tree != nil {
		body, small, err = tree.ReadSmall(p, maxCachedScript)
	} else {
		body, small, err = readSmall(fsys, p, maxCachedScript)
	}
	if err != nil {
		return err
	}
	if small {
		s.body = body
		s.checksum = checksumBytesWith(s.body, scratch)
		return nil
	}
	f, err := fsys.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	s.checksum, err = Checksum(f)
	return err
}

// readSmall reads the file p if it holds at most limit bytes, with one
// open, one stat and, from a disk, one read; small is false for a larger
// file, which is streamed instead.
func readSmall(fsys fs.FS, p string, limit int64) (body []byte, small bool, err error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, false, err
	}
	size := st.Size()
	switch {
	case size > limit:
		return nil, false, nil
	case size <= 0 || !st.Mode().IsRegular(): // size unknown: read to the end, within the limit
		body, err = io.ReadAll(io.LimitReader(f, limit+1))
		return body, err == nil && int64(len(body)) <= limit, err
	}
	body = make([]byte, size)
	n, err := io.ReadFull(f, body) // a file that grew since is read as it was
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return body[:n], true, nil // it shrank
	}
	return body, err == nil, err
}

// open returns the script's text.
func (s *script) open() (io.ReadCloser, error) {
	if s.body != nil {
		return bodyReader{bytes.NewReader(s.body)}, nil
	}
	return s.fsys.Open(s.path)
}

// bodyReader reads a script kept in memory. Its Len (of bytes.Reader)
// lets sqlscript.NewScanner size its buffer to the script instead of
// 64 KiB: applying 1,000 small scripts allocated 64 MB for nothing.
type bodyReader struct{ *bytes.Reader }

func (bodyReader) Close() error { return nil }

// raw returns the script's bytes, reading the file if they are not kept.
func (s *script) raw() ([]byte, error) {
	if s.body != nil {
		return s.body, nil
	}
	return fs.ReadFile(s.fsys, s.path)
}

// parse splits the script once and reports how it must run. known says
// which placeholder names have values (nil: replacement is off), so that
// an unknown one is found before anything runs.
func (s *script) parse(known func(name string) bool) (*parsedScript, error) {
	s.parseOnce.Do(func() { s.parsed, s.parseErr = s.doParse(known) })
	return s.parsed, s.parseErr
}

func (s *script) doParse(known func(string) bool) (*parsedScript, error) {
	r, err := s.open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	p := &parsedScript{}
	sc := sqlscript.NewScanner(r)
	for sc.Next() {
		st := sc.Statement()
		if st.Kind == sqlscript.Meta {
			m, err := s.metaCommand(st)
			if err != nil {
				return nil, err
			}
			p.metas = append(p.metas, m)
			continue
		}
		src := s.source(st)
		if err := checkStatement(src, known); err != nil {
			return nil, err
		}
		p.shape.add(st, src)
		p.addIndex(st)
		ps := parsedStmt{Statement: st}
		if st.Copy {
			var err error
			if s.body != nil {
				ps.copyData, err = io.ReadAll(sc.CopyData())
			} else {
				_, err = io.Copy(io.Discard, sc.CopyData())
			}
			if err != nil {
				return nil, err
			}
		}
		if s.body != nil {
			p.stmts = append(p.stmts, ps)
		}
	}
	if err := sc.Err(); err != nil {
		var se *sqlscript.SyntaxError
		if errors.As(err, &se) {
			return nil, newLocated(s.path, se.Line, se.Column, s.fileLine(se.Line), errors.New(se.Msg))
		}
		return nil, err
	}
	return p, nil
}

// source describes where st is in the script.
func (s *script) source(st sqlscript.Statement) *stmtSource {
	return &stmtSource{script: s, span: st.Text, start: st.Start, line: st.Line, col: st.Column,
		rep: replaced{text: st.Text}, copyLine: st.CopyLine}
}

// checkStatement refuses invalid UTF-8 and placeholders without a value.
func checkStatement(src *stmtSource, known func(string) bool) error {
	text := src.span
	if !utf8.ValidString(text) {
		bad := 0
		for bad < len(text) {
			r, size := utf8.DecodeRuneInString(text[bad:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			bad += size
		}
		return src.errorAt(utf8.RuneCountInString(text[:bad]), fmt.Errorf("invalid UTF-8 (byte 0x%02X): scripts must be UTF-8", text[bad]))
	}
	if known == nil {
		return nil
	}
	for name, offset := range placeholderNames(text) {
		if !known(name) {
			return src.errorAt(offset, &placeholderError{name: name, offset: offset})
		}
	}
	return nil
}

// alterTypeAddValue matches ALTER TYPE … ADD VALUE.
var alterTypeAddValue = regexp.MustCompile(`(?is)^ALTER\s+TYPE\s.*\sADD\s+VALUE\s`)

// resetAll matches a RESET ALL statement.
var resetAll = regexp.MustCompile(`(?i)^RESET\s+ALL\s*(;|$)`)

// add records one statement of the script, as written in the file.
func (sh *scriptShape) add(st sqlscript.Statement, src *stmtSource) {
	switch st.Kind {
	case sqlscript.NoTransaction:
		sh.noTx = cmpOr(sh.noTx, src)
	case sqlscript.Begin, sqlscript.Commit:
		sh.txControls++
	case sqlscript.Rollback:
		sh.rollback = cmpOr(sh.rollback, src)
	default:
		if text := st.Text[st.Start:]; hasWordPrefix(text, "ALTER") && alterTypeAddValue.MatchString(text) {
			sh.addValue = cmpOr(sh.addValue, src)
			return
		}
		sh.plain = cmpOr(sh.plain, src)
	}
}

// forServer returns the shape on a server of the given major version
// (0: unknown): before PostgreSQL 12, ALTER TYPE … ADD VALUE cannot run in
// a transaction block.
func (sh scriptShape) forServer(major int) scriptShape {
	if sh.addValue == nil {
		return sh
	}
	if major > 0 && major < 12 {
		sh.noTx = cmpOr(sh.noTx, sh.addValue)
	} else {
		sh.plain = cmpOr(sh.plain, sh.addValue)
	}
	return sh
}

// cmpOr returns a unless it is nil, else b.
func cmpOr(a, b *stmtSource) *stmtSource {
	if a != nil {
		return a
	}
	return b
}

// isResetAll reports whether st, as written in the file, is RESET ALL.
func isResetAll(src *stmtSource) bool {
	text := src.span[src.start:]
	return hasWordPrefix(text, "RESET") && resetAll.MatchString(text)
}

// hasWordPrefix reports whether s starts with the upper-case ASCII word w,
// in any case: a cheap test before a statement's regular expression, which
// costs more than the rest of a small statement's handling (a dump of
// single-row INSERTs).
func hasWordPrefix(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w)
}

// scriptConf is a script's per-script configuration, read from
// <script>.sql.conf as Flyway does.
type scriptConf struct {
	noTransaction  bool           // executeInTransaction=false
	noPlaceholders bool           // placeholderReplacement=false
	lockTimeout    *time.Duration // lockTimeout=2s: the migration's lock_timeout (0: none)
}

// readScriptConf reads a <script>.sql.conf file.
func readScriptConf(fsys fs.FS, p string) (scriptConf, error) {
	b, err := fs.ReadFile(fsys, p)
	if err != nil {
		return scriptConf{}, err
	}
	props, err := properties.Load(b, properties.UTF8)
	if err != nil {
		return scriptConf{}, fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	var c scriptConf
	for _, k := range props.Keys() {
		v, _ := props.Get(k)
		switch k {
		case "executeInTransaction":
			c.noTransaction = strings.EqualFold(v, "false")
		case "placeholderReplacement":
			c.noPlaceholders = strings.EqualFold(v, "false")
		case "encoding":
			if !strings.EqualFold(v, "UTF-8") && !strings.EqualFold(v, "UTF8") {
				return scriptConf{}, configErr("encoding %s is not supported: scripts must be UTF-8", v)
			}
		case "lockTimeout":
			d, err := time.ParseDuration(v)
			if err != nil || d < 0 {
				return scriptConf{}, configErr("lockTimeout %q: expected a duration such as 5s, or 0 for none", v)
			}
			c.lockTimeout = &d
		default:
			return scriptConf{}, configErr("unknown setting %q (known: executeInTransaction, placeholderReplacement, encoding, lockTimeout)", k)
		}
	}
	return c, nil
}
