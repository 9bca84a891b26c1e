// Package sqlscript splits PostgreSQL scripts into statements the way psql
// does, so that each statement can be sent to the server on its own.
//
// # Lexing
//
// The lexer follows the token rules of PostgreSQL 15 (src/backend/parser/scan.l
// and psql's src/fe_utils/psqlscan.l) as far as they decide where a statement
// ends: a semicolon ends a statement only outside quoted strings, quoted
// identifiers, dollar quotes and comments, outside parentheses and outside
// the body of CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC ... END
// (psql's heuristic).
//
// Like psql, it follows standard_conforming_strings through the script's own
// statements: it starts on, and SET [SESSION|LOCAL]
// standard_conforming_strings = on|off (or TO, or DEFAULT), RESET
// standard_conforming_strings, RESET ALL and
// SELECT ... set_config('standard_conforming_strings', 'on'|'off', ...)
// change it for the statements that follow. While it is on, backslash
// escapes apply only in E'...' strings; while it is off, in '...' and
// N'...' strings too. SET LOCAL is taken to last to the end of the script.
//
// A psql backslash meta-command at the start of a statement (after
// whitespace and comments only), such as pg_dump's "\restrict key", runs to
// the end of its line and is returned as a statement of kind [Meta]; the
// executor decides what to do with it. A backslash elsewhere, and psql's
// :variables, are not interpreted.
//
// A NUL byte in a statement is a [SyntaxError]: the server cannot receive it.
//
// A statement with no tokens, such as the empty statement in "SELECT 1;;", is
// not returned: its text belongs to the statement that follows, just as the
// server ignores it when the whole script is sent as one query.
//
// # Streaming
//
// A [Scanner] reads its [io.Reader] incrementally through a 64 KiB buffer that
// grows only to hold a single statement longer than that, so scripts of any
// size can be split. COPY ... FROM STDIN data that follows a statement is
// streamed through [Scanner.CopyData].
//
// # Classification
//
// Each [Statement] carries a [Kind] that tells an executor whether it can run
// inside a transaction block and whether it controls the transaction itself.
package sqlscript

import (
	"fmt"
	"strings"
)

// Kind classifies a statement for the executor.
type Kind int

const (
	// Plain is any statement that can run inside a transaction block.
	Plain Kind = iota
	// NoTransaction statements cannot run inside a transaction block:
	// CREATE [UNIQUE] INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY,
	// REINDEX ... CONCURRENTLY, REINDEX SCHEMA|DATABASE|SYSTEM,
	// CREATE|DROP DATABASE, CREATE|DROP TABLESPACE, ALTER SYSTEM, VACUUM,
	// CREATE|DROP SUBSCRIPTION, DISCARD ALL, CLUSTER without a table,
	// ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY,
	// ALTER DATABASE ... SET TABLESPACE, COMMIT PREPARED and
	// ROLLBACK PREPARED.
	NoTransaction
	// Begin is BEGIN or START TRANSACTION.
	Begin
	// Commit is COMMIT or END, with or without AND CHAIN (not COMMIT PREPARED).
	Commit
	// Rollback is ROLLBACK or ABORT (not ROLLBACK TO SAVEPOINT, not
	// ROLLBACK PREPARED).
	Rollback
	// Meta is a psql backslash meta-command such as "\restrict key", which
	// is not SQL: see [Statement.Command]. Its Text runs to the end of its
	// line, line terminator included.
	Meta
)

// String returns a lower-case name of k, such as "no-transaction".
func (k Kind) String() string {
	switch k {
	case Plain:
		return "plain"
	case NoTransaction:
		return "no-transaction"
	case Begin:
		return "begin"
	case Commit:
		return "commit"
	case Rollback:
		return "rollback"
	case Meta:
		return "meta"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Statement is one statement of a script.
type Statement struct {
	// Text is the statement's span of the script: from just after the
	// previous statement (its terminating ';', or the end of the previous
	// COPY data) or the start of the script, up to and including this
	// statement's ';' or the end of the script. Leading whitespace and
	// comments belong to the statement that follows them, so the spans tile
	// the script. For a Copy statement Text also holds the rest of the line
	// after the ';' (blanks or a -- comment) and its line terminator, the
	// line before the data.
	Text string
	// Start is the byte offset within Text of the statement's first token.
	Start int
	// Offset is the byte offset of Text[0] in the script, not counting a
	// leading UTF-8 byte order mark.
	Offset int64
	// Line is the 1-based line of the first token; lines end with "\n".
	Line int
	// Column is the 1-based column of the first token, in characters (runes).
	Column int
	// Kind classifies the statement.
	Kind Kind
	// Copy reports a COPY ... FROM STDIN (or FROM STDOUT, which the server
	// treats alike) statement: its data follows in the
	// script. Read it with [Scanner.CopyData] before calling Next again.
	Copy bool
	// CopyLine is, for a Copy statement, the 1-based line where the data
	// starts.
	CopyLine int
	// Command is, for a Meta statement, the meta-command's name without the
	// backslash, as written: "restrict", "unrestrict", "connect", "c". It
	// ends at whitespace or a backslash and may be empty. Its arguments are
	// the rest of Text.
	Command string
	// SetsStrings reports a statement that sets or resets
	// standard_conforming_strings. The server parses a whole query string
	// before running any of it, so statements after this one must be sent
	// in another query to be read with the new setting.
	SetsStrings bool
}

// SyntaxError reports a construct that the script leaves unterminated, text
// that cannot follow COPY ... FROM STDIN on its line, or a NUL byte. Line and Column
// (1-based, in characters) locate the start of the construct.
type SyntaxError struct {
	Line, Column int
	Msg          string
}

// Error returns a message like
// "line 3, column 5: unterminated dollar-quoted string".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

// Split returns all statements of src, or the first error. It is a
// convenience for tests and small scripts; COPY data is skipped.
func Split(src string) ([]Statement, error) {
	s := NewScanner(strings.NewReader(src))
	var stmts []Statement
	for s.Next() {
		stmts = append(stmts, s.Statement())
	}
	return stmts, s.Err()
}
