package sqlscript_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgproto3"
	"github.com/stretchr/testify/require"
)

// run is what the server reported for a script: the command tags (and, if
// asked for, the rows) of the statements that succeeded, in order, and the
// error that stopped it.
type run struct {
	Tags []string
	Rows [][]string // per statement, each row's values joined by "|"
	Err  *pgconn.PgError
}

// connect opens a connection for the test.
func connect(t testing.TB, url string) *pgconn.PgConn {
	t.Helper()
	conn, err := pgconn.Connect(context.Background(), url)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// exec sends sql as one simple-protocol query and requires it to succeed.
func exec(ctx context.Context, t testing.TB, conn *pgconn.PgConn, sql string) {
	t.Helper()
	_, err := conn.Exec(ctx, sql).ReadAll()
	require.NoError(t, err, sql)
}

// addResult records one statement's result in r; it returns false once the
// run has an error.
func (r *run) addResult(t testing.TB, res *pgconn.Result, err error) bool {
	t.Helper()
	if res != nil && res.Err != nil {
		err = res.Err
	}
	if err != nil {
		var pgErr *pgconn.PgError
		require.ErrorAs(t, err, &pgErr, "not a server error")
		r.Err = pgErr
		return false
	}
	r.Tags = append(r.Tags, res.CommandTag.String())
	var rows []string
	for _, row := range res.Rows {
		vals := make([]string, len(row))
		for i, v := range row {
			vals[i] = string(v)
			if v == nil {
				vals[i] = "NULL"
			}
		}
		rows = append(rows, strings.Join(vals, "|"))
	}
	r.Rows = append(r.Rows, rows)
	return true
}

// runWhole sends sql, the script with its COPY data removed, as ONE simple
// query, so that the server decides where statements end. Without COPY it
// uses pgconn's Exec. With COPY it speaks the protocol itself and answers
// each CopyInResponse with the next data block.
func runWhole(ctx context.Context, t testing.TB, conn *pgconn.PgConn, sql string, copyData []string) run {
	t.Helper()
	var r run
	if len(copyData) == 0 {
		results, err := conn.Exec(ctx, sql).ReadAll()
		for _, res := range results {
			if !r.addResult(t, res, nil) {
				return r
			}
		}
		if err != nil {
			r.addResult(t, nil, err)
		}
		return r
	}

	fe := conn.Frontend()
	fe.Send(&pgproto3.Query{String: sql})
	require.NoError(t, fe.Flush())
	var cur *pgconn.Result
	for {
		msg, err := conn.ReceiveMessage(ctx)
		require.NoError(t, err)
		switch msg := msg.(type) {
		case *pgproto3.RowDescription:
			cur = &pgconn.Result{}
		case *pgproto3.DataRow:
			row := make([][]byte, len(msg.Values))
			for i, v := range msg.Values {
				if v != nil {
					row[i] = append([]byte{}, v...)
				}
			}
			cur.Rows = append(cur.Rows, row)
		case *pgproto3.CommandComplete:
			if cur == nil {
				cur = &pgconn.Result{}
			}
			cur.CommandTag = pgconn.NewCommandTag(string(msg.CommandTag))
			r.addResult(t, cur, nil)
			cur = nil
		case *pgproto3.EmptyQueryResponse:
			r.addResult(t, &pgconn.Result{}, nil)
		case *pgproto3.CopyInResponse:
			require.NotEmpty(t, copyData, "more COPY FROM STDIN statements than data blocks")
			fe.Send(&pgproto3.CopyData{Data: []byte(copyData[0])})
			fe.Send(&pgproto3.CopyDone{})
			require.NoError(t, fe.Flush())
			copyData = copyData[1:]
		case *pgproto3.ErrorResponse:
			r.Err = pgconn.ErrorResponseToPgError(msg)
		case *pgproto3.ReadyForQuery:
			return r
		}
	}
}

// runEach sends the statements one by one, COPY data through CopyFrom, and
// stops at the first error. Every statement must yield exactly one result.
func runEach(ctx context.Context, t testing.TB, conn *pgconn.PgConn, sc scanned) run {
	t.Helper()
	var r run
	for i, st := range sc.Stmts {
		if st.Copy {
			tag, err := conn.CopyFrom(ctx, strings.NewReader(sc.Data[i]), st.Text)
			if !r.addResult(t, &pgconn.Result{CommandTag: tag}, err) {
				return r
			}
			continue
		}
		results, err := conn.Exec(ctx, st.Text).ReadAll()
		if err == nil {
			require.Len(t, results, 1, "statement %d (line %d) gave %d results: %q", i, st.Line, len(results), st.Text)
		} else {
			require.LessOrEqual(t, len(results), 1, "statement %d (line %d): %q", i, st.Line, st.Text)
		}
		var res *pgconn.Result
		if len(results) == 1 {
			res = results[0]
		}
		if !r.addResult(t, res, err) {
			return r
		}
	}
	return r
}

// sqlOf returns the script as sent in one query: the statement spans and the
// remainder after the last statement, without COPY data and end-of-data
// lines. It also returns the character (not byte) offset of each span in it,
// the unit of PgError.Position.
func sqlOf(script string, sc scanned) (sql string, charOffsets []int) {
	script = strings.TrimPrefix(script, bom)
	var b strings.Builder
	chars, end := 0, 0
	for i, st := range sc.Stmts {
		charOffsets = append(charOffsets, chars)
		chars += utf8.RuneCountInString(st.Text)
		b.WriteString(st.Text)
		end = int(st.Offset) + len(st.Text) + len(sc.Data[i])
		if !st.Copy {
			continue
		}
		switch rest := script[end:]; {
		case strings.HasPrefix(rest, "\\.\n"):
			end += 3
		case strings.HasPrefix(rest, "\\.\r\n"):
			end += 4
		default: // "\\.", "\\.\r" or nothing at the end of the script
			end = len(script)
		}
	}
	b.WriteString(script[end:])
	return b.String(), charOffsets
}

// errKey is what must agree between two errors, apart from the position.
func errKey(e *pgconn.PgError) string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%s %s: %s\ndetail: %s\nhint: %s\nwhere: %s\ninternal: %q at %d",
		e.Severity, e.Code, e.Message, e.Detail, e.Hint, e.Where, e.InternalQuery, e.InternalPosition)
}

// stats counts what a comparison covered.
type stats struct {
	found    int  // statements found by the splitter
	compared int  // statements executed one by one and compared
	failed   bool // the script stopped at an error
	syntax   bool // the whole script was rejected by the parser
}

// target is where compareWithServer runs a script.
type target struct {
	whole, each *pgconn.PgConn // may be the same connection
	// setup holds statements run first in each transaction, each under a
	// savepoint: one that fails is undone, and must fail on both sides.
	setup []string
	// shared reports a database that other scripts use too, through
	// connections that serve one script after another: see rollback.
	shared bool
}

// begin starts a transaction on conn and runs the setup statements in it;
// it reports which of them succeeded.
func begin(ctx context.Context, t testing.TB, conn *pgconn.PgConn, setup []string) []bool {
	t.Helper()
	exec(ctx, t, conn, "BEGIN")
	ok := make([]bool, len(setup))
	for i, sql := range setup {
		exec(ctx, t, conn, "SAVEPOINT setup")
		_, err := conn.Exec(ctx, sql).ReadAll()
		if err != nil {
			exec(ctx, t, conn, "ROLLBACK TO SAVEPOINT setup")
		}
		exec(ctx, t, conn, "RELEASE SAVEPOINT setup")
		ok[i] = err == nil
	}
	return ok
}

// rollback rolls back the transaction begun on conn. In a shared database the
// script must not have ended it, and DISCARD ALL then drops the session state
// it leaves behind (settings, prepared statements, temporary tables, advisory
// locks, listeners ...), which would otherwise reach the next run or block
// another connection.
func rollback(ctx context.Context, t testing.TB, conn *pgconn.PgConn, shared bool) {
	t.Helper()
	if !shared {
		exec(ctx, t, conn, "ROLLBACK")
		return
	}
	require.NotEqual(t, byte('I'), conn.TxStatus(), "the script ended the transaction in a shared database")
	exec(ctx, t, conn, "ROLLBACK")
	exec(ctx, t, conn, "DISCARD ALL")
}

// compareWithServer runs the scanned script twice, each time in a new
// transaction that is rolled back: once on tg.whole as one query, once on
// tg.each statement by statement. See TestDifferential for what must agree.
func compareWithServer(ctx context.Context, t testing.TB, tg target, script string, sc scanned, withRows bool) stats {
	t.Helper()
	sql, offsets := sqlOf(script, sc)
	var data []string
	for i, st := range sc.Stmts {
		if st.Copy {
			data = append(data, sc.Data[i])
		}
	}

	setupW := begin(ctx, t, tg.whole, tg.setup)
	w := runWhole(ctx, t, tg.whole, sql, data)
	rollback(ctx, t, tg.whole, tg.shared)

	setupE := begin(ctx, t, tg.each, tg.setup)
	e := runEach(ctx, t, tg.each, sc)
	rollback(ctx, t, tg.each, tg.shared)
	require.Equal(t, setupW, setupE, "setup statements that succeeded: %q", tg.setup)
	if len(sc.Stmts) == 0 {
		// The server answers a query without statements with one
		// EmptyQueryResponse, the result of no statement.
		require.Equal(t, []string{""}, w.Tags, "a script without statements")
		w.Tags, w.Rows = nil, nil
	}

	st := stats{found: len(sc.Stmts), compared: len(e.Tags), failed: e.Err != nil}
	if e.Err != nil {
		st.compared++
		t.Logf("stopped at statement %d of %d (line %d): %s %s", len(e.Tags)+1, len(sc.Stmts), sc.Stmts[len(e.Tags)].Line, e.Err.Code, e.Err.Message)
	}

	// A syntax error anywhere makes the server reject the whole query
	// before running any of it. The error must then lie in the statement
	// that fails with the same error, at the same place, when sent alone.
	parseRejected := w.Err != nil && w.Err.Code == "42601" && len(w.Tags) == 0 && w.Err.Position > 0
	if parseRejected && !(e.Err != nil && len(e.Tags) == 0 && errKey(e.Err) == errKey(w.Err)) {
		st.syntax = true
		require.NotEmpty(t, offsets, "syntax error without statements: %s", errKey(w.Err))
		pos := int(w.Err.Position) - 1 // characters before the error
		i := len(offsets) - 1
		for i > 0 && offsets[i] > pos {
			i--
		}
		alone := e
		if e.Err == nil || len(e.Tags) != i {
			require.Less(t, len(e.Tags), i, "statement %d ran without the syntax error the server found in it: %s", i, errKey(w.Err))
			require.NotNil(t, e.Err)
			// An earlier statement failed at run time; send the one with
			// the syntax error on its own.
			begin(ctx, t, tg.each, tg.setup)
			alone = runEach(ctx, t, tg.each, scanned{Stmts: sc.Stmts[i : i+1], Data: sc.Data[i : i+1]})
			rollback(ctx, t, tg.each, tg.shared)
			require.Empty(t, alone.Tags, "statement %d", i)
		}
		require.NotNil(t, alone.Err, "statement %d", i)
		require.Equal(t, errKey(w.Err), errKey(alone.Err), "statement %d", i)
		require.Equal(t, pos-offsets[i]+1, int(alone.Err.Position), "statement %d: error position", i)
		return st
	}

	require.Equal(t, w.Tags, e.Tags, "command tags")
	if withRows {
		require.Equal(t, w.Rows, e.Rows, "rows")
	}
	require.Equal(t, errKey(w.Err), errKey(e.Err), "error after %d statements", len(e.Tags))
	if e.Err != nil && e.Err.Position > 0 {
		i := len(e.Tags)
		require.Equal(t, int(w.Err.Position), offsets[i]+int(e.Err.Position), "statement %d: error position", i)
	}
	return st
}
