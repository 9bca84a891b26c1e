package migrate_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"net"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// Regression tests for the defects reported in issue 7. Each test states
// the behaviour that is expected once the defect is fixed.

// runNoPanic calls migrate.Run and turns a panic into an error, so that a
// panicking Run fails its test instead of the whole test binary.
func runNoPanic(ctx context.Context, cfg migrate.Config) (res *migrate.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("Run panicked: %v", r)
		}
	}()
	return migrate.Run(ctx, cfg)
}

// count runs a query returning one integer on pool.
func count(t *testing.T, pool *pgxpool.Pool, sql string, args ...any) int {
	t.Helper()
	var n int
	require.NoError(t, pool.QueryRow(t.Context(), sql, args...).Scan(&n))
	return n
}

// Defect 1: offsets into a statement's original text were applied to the
// text after placeholder replacement, so a placeholder in a statement's
// leading comment panicked Run (value shorter than ${name}) or hid a RESET
// ALL from the transaction marker's re-set, which then made the guard
// report a transaction-ending script.
func TestPlaceholderInLeadingComment(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("a placeholder value longer than its name ", 4)
	for _, tc := range []struct {
		name   string
		script string
		value  string // of ${note}
		table  string // created by the script, "" if none
	}{
		{"defaultSchema", "-- schema ${flyway:defaultSchema}\nSELECT 1;\n", "", ""},
		{"defaultSchema then RESET ALL", "-- schema ${flyway:defaultSchema}\nRESET ALL;\nCREATE TABLE after_reset (id int);\n", "", "after_reset"},
		{"short value then RESET ALL", "-- ${note}\nRESET ALL;\nCREATE TABLE after_reset (id int);\n", "x", "after_reset"},
		{"long value then RESET ALL", "-- ${note}\nRESET ALL;\nCREATE TABLE after_reset (id int);\n", long, "after_reset"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			cfg := b.config(migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
				"V1__commented.sql": {Data: []byte(tc.script)},
			}})
			cfg.Placeholders = map[string]string{"note": tc.value}
			res, err := runNoPanic(t.Context(), cfg)
			require.NoError(t, err)
			require.Equal(t, 1, res.Applied())
			require.Equal(t, []string{fmt.Sprintf("1|1|commented|SQL|V1__commented.sql|%d|true", sum(t, tc.script))},
				b.rows(t, "oskari_status_myplaces"))
			if tc.table != "" {
				require.True(t, b.tableExists(t, tc.table))
			}
		})
	}
}

// Defect 2: a connection borrowed from Config.Pool went back to the pool
// with what the scripts left on the session: a TEMP table, a session
// advisory lock, LISTEN, prepared statements, and (after DEALLOCATE ALL) a
// pgx statement cache naming statements that no longer exist. A borrowed
// connection that ran migrations must not go back to the pool as it is.
func TestPoolConnectionNotReturnedDirty(t *testing.T) {
	t.Parallel()
	b := setup(t)
	poolCfg, err := pgxpool.ParseConfig(b.url)
	require.NoError(t, err)
	poolCfg.MaxConns = 1
	pool, err := pgxpool.NewWithConfig(t.Context(), poolCfg)
	require.NoError(t, err)
	defer pool.Close()

	// The application used the connection before: pgx prepared and cached
	// this statement on it.
	const appQuery = `SELECT $1::int + 1`
	var n int
	require.NoError(t, pool.QueryRow(t.Context(), appQuery, 1).Scan(&n))
	require.Equal(t, 2, n)

	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__temp.sql":    {Data: []byte("CREATE TEMP TABLE script_tmp (id int);")},
		"V2__lock.sql":    {Data: []byte("SELECT pg_advisory_lock(42);")},
		"V3__listen.sql":  {Data: []byte("LISTEN script_channel;")},
		"V4__dealloc.sql": {Data: []byte("DEALLOCATE ALL;")},
		"V5__prepare.sql": {Data: []byte("PREPARE script_p AS SELECT 1;")},
	}})
	cfg.DatabaseURL, cfg.Pool = "", pool
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 5, res.Applied())

	// Each property in its own subtest, so that every leftover is reported.
	t.Run("statement cache", func(t *testing.T) {
		var n int
		require.NoError(t, pool.QueryRow(t.Context(), appQuery, 1).Scan(&n))
		require.Equal(t, 2, n)
	})
	t.Run("session state", func(t *testing.T) {
		conn, err := pool.Acquire(t.Context())
		require.NoError(t, err)
		defer conn.Release()
		var temp, listening, prepared int
		require.NoError(t, conn.QueryRow(t.Context(), `SELECT
			(SELECT count(*) FROM pg_class WHERE relname = 'script_tmp' AND relnamespace = pg_my_temp_schema()),
			(SELECT count(*) FROM pg_listening_channels()),
			(SELECT count(*) FROM pg_prepared_statements WHERE from_sql)`, pgx.QueryExecModeSimpleProtocol).Scan(&temp, &listening, &prepared))
		require.Equal(t, "temp tables 0, channels 0, prepared 0",
			fmt.Sprintf("temp tables %d, channels %d, prepared %d", temp, listening, prepared))
	})
	t.Run("advisory lock", func(t *testing.T) {
		// Seen from another session. A closed connection's backend may take
		// a moment to exit.
		require.Eventually(t, func() bool {
			var held int
			err := b.pool.QueryRow(t.Context(), `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
				AND classid = 0 AND objid = 42 AND objsubid = 1
				AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&held)
			return err == nil && held == 0
		}, 5*time.Second, 50*time.Millisecond, "the script's pg_advisory_lock(42) is still held")
	})
}

// Defect 3: with Config.Pool, a cancelled Run returned at once while its
// statement ran on in the server, holding the module's lock, and then
// committed the migration with its status row. A cancelled Run must have
// stopped the statement on the server (or waited for its outcome) before it
// returns.
func TestCancelStopsServerStatement(t *testing.T) {
	t.Parallel()
	const sleep = 5 * time.Second
	script := fmt.Sprintf("SELECT pg_sleep(%d);\nCREATE TABLE late (id int);\n", int(sleep.Seconds()))
	for _, viaPool := range []bool{true, false} {
		name := "DatabaseURL"
		if viaPool {
			name = "Pool"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__slow.sql": {Data: []byte(script)}}})
			if viaPool {
				poolCfg, err := pgxpool.ParseConfig(b.url)
				require.NoError(t, err)
				// A network on which connecting takes a while (a remote
				// server, TLS). pgx, when a cancelled query makes it close a
				// pooled connection, sends the server a cancel request from
				// a goroutine, on a new connection: it then lands well after
				// Run has returned, unless Run waits for it.
				dialer := &net.Dialer{}
				poolCfg.ConnConfig.DialFunc = func(ctx context.Context, network, addr string) (net.Conn, error) {
					select {
					case <-time.After(500 * time.Millisecond):
					case <-ctx.Done():
						return nil, ctx.Err()
					}
					return dialer.DialContext(ctx, network, addr)
				}
				pool, err := pgxpool.NewWithConfig(t.Context(), poolCfg)
				require.NoError(t, err)
				defer pool.Close()
				cfg.DatabaseURL, cfg.Pool = "", pool
			}
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			start := time.Now()
			time.AfterFunc(time.Second, cancel)
			_, err := migrate.Run(ctx, cfg)
			t.Logf("Run returned after %s: %v", time.Since(start).Round(10*time.Millisecond), err)
			require.ErrorIs(t, err, context.Canceled)

			// Right after Run returned, from another session.
			sleeping := count(t, b.pool, `SELECT count(*) FROM pg_stat_activity
				WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%pg_sleep%'`)
			locks := count(t, b.pool, `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'
				AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`)
			// Once the sleep would have ended (and a bit), the migration
			// must not have been committed behind Run's back.
			time.Sleep(time.Until(start.Add(sleep + 2*time.Second)))
			got := fmt.Sprintf("backends in pg_sleep %d, advisory locks %d, table late %t, status rows %q",
				sleeping, locks, b.tableExists(t, "late"), b.rows(t, "oskari_status"))
			require.Equal(t, `backends in pg_sleep 0, advisory locks 0, table late false, status rows []`, got)
		})
	}
}

// Defect 4: recording a failed non-transactional script waited without
// bound (a detached context without a timeout): with the status table
// locked by another session, Run outlived its context until that session
// let go. Run must give up recording within a bounded time after its
// context ends, and say that the failure could not be recorded.
func TestRecordingFailedScriptIsBounded(t *testing.T) {
	t.Parallel()
	b := setup(t)
	files := fstest.MapFS{"V1__items.sql": {Data: []byte("CREATE TABLE items (id int);")}}
	mod := migrate.Module{Name: "myplaces", Scripts: files}
	_, err := migrate.Run(t.Context(), b.config(mod)) // creates the status table
	require.NoError(t, err)

	// A script that runs outside a transaction, waits for the test at its
	// first statement and fails at its last.
	files["V2__notx.sql"] = &fstest.MapFile{Data: []byte("SELECT pg_advisory_xact_lock(4242);\nCREATE TABLE made_before (id int);\nSELECT 1/0;\n")}
	files["V2__notx.sql.conf"] = &fstest.MapFile{Data: []byte("executeInTransaction=false\n")}

	gate, err := pgx.Connect(t.Context(), b.url)
	require.NoError(t, err)
	defer gate.Close(context.Background())
	_, err = gate.Exec(t.Context(), `SELECT pg_advisory_lock(4242)`)
	require.NoError(t, err)

	const timeout, grace = 3 * time.Second, 5 * time.Second
	ctx, cancel := context.WithTimeout(t.Context(), timeout)
	defer cancel()
	start := time.Now()
	type outcome struct {
		err error
		at  time.Duration
	}
	done := make(chan outcome, 1)
	go func() {
		_, err := migrate.Run(ctx, b.config(mod))
		done <- outcome{err, time.Since(start)}
	}()

	// Once the script waits at its first statement (all status table reads
	// are done), another session locks the status table for a long time,
	// and the script is let go to fail.
	require.Eventually(t, func() bool {
		var waiting int
		err := b.pool.QueryRow(t.Context(), `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
			AND wait_event_type = 'Lock' AND query LIKE '%pg_advisory_xact_lock(4242)%'`).Scan(&waiting)
		return err == nil && waiting == 1
	}, 10*time.Second, 20*time.Millisecond)
	blocker, err := pgx.Connect(t.Context(), b.url)
	require.NoError(t, err)
	defer blocker.Close(context.Background())
	blockTx, err := blocker.Begin(t.Context())
	require.NoError(t, err)
	_, err = blockTx.Exec(t.Context(), `LOCK TABLE oskari_status_myplaces IN ACCESS EXCLUSIVE MODE`)
	require.NoError(t, err)
	release := time.AfterFunc(30*time.Second, func() { _ = blockTx.Rollback(context.Background()) })
	defer release.Stop()
	_, err = gate.Exec(t.Context(), `SELECT pg_advisory_unlock(4242)`)
	require.NoError(t, err)

	var out outcome
	select {
	case out = <-done:
	case <-time.After(time.Until(start.Add(timeout + grace))):
		// Let Run finish before failing, so that nothing outlives the test.
		release.Stop()
		require.NoError(t, blockTx.Rollback(context.Background()))
		select {
		case out = <-done:
			require.Failf(t, "Run outlived its context", "context deadline %s, Run still running %s after it started; it returned only once the status table was unlocked, %s after it started: %v",
				timeout, timeout+grace, out.at.Round(100*time.Millisecond), out.err)
		case <-time.After(30 * time.Second):
			require.FailNow(t, "Run still running 30 s after the status table was unlocked")
		}
	}
	require.Error(t, out.err)
	var pgErr *pgconn.PgError
	require.ErrorAs(t, out.err, &pgErr)
	require.Equal(t, "22012", pgErr.Code, "the script's own failure is reported: %v", out.err)
	require.NotContains(t, out.err.Error(), "recorded as failed", "the row could not have been written")
	require.Regexp(t, `(?i)recording .*fail|could not (be )?record|not (be )?recorded`, out.err.Error())
}

// Defect 5: a Go step that ran COMMIT through tx.Exec and then more work
// kept that later work (it ran in autocommit), though doc.go says "what
// ran after the commit is rolled back"; the next Run then failed with
// "relation already exists".
func TestGoStepCommitRollsBackLaterWork(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Steps: []migrate.Step{{Version: "1", Description: "commits", Up: func(ctx context.Context, tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `COMMIT`); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `CREATE TABLE after_commit (id int)`)
		return err
	}}}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.ErrorIs(t, err, migrate.ErrTransactionEnded)
	require.Empty(t, b.rows(t, "oskari_status"), "not recorded")
	require.False(t, b.tableExists(t, "after_commit"), "the work after COMMIT must be rolled back")

	// The step fixed, the next Run applies it.
	mod.Steps[0] = step("1", "commits", `CREATE TABLE after_commit (id int)`)
	res, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	require.Equal(t, 1, res.Applied())
	require.True(t, b.tableExists(t, "after_commit"))
}

// Defect 6: during a rolling upgrade, an old replica booting after a new
// one re-applied its older repeatable (seen: "cannot drop columns from
// view"). While the table holds versioned rows newer than the binary knows
// (Future), outdated repeatables are not re-applied; Run warns instead.
func TestOldReplicaKeepsNewerRepeatable(t *testing.T) {
	t.Parallel()
	b := setup(t)
	newer := migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
		"V1__table.sql": {Data: []byte("CREATE TABLE t (id int, name text);")},
		"V2__extra.sql": {Data: []byte("ALTER TABLE t ADD COLUMN extra int;")},
		"R__view.sql":   {Data: []byte("CREATE OR REPLACE VIEW v AS SELECT id, name, extra FROM t;")},
	}}
	_, err := migrate.Run(t.Context(), b.config(newer))
	require.NoError(t, err)
	rows := b.rows(t, "oskari_status_myplaces")
	require.Len(t, rows, 3)

	older := migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
		"V1__table.sql": {Data: []byte("CREATE TABLE t (id int, name text);")},
		"R__view.sql":   {Data: []byte("CREATE OR REPLACE VIEW v AS SELECT id, name FROM t;")},
	}}
	b.logs.Reset()
	res, err := migrate.Run(t.Context(), b.config(older))
	require.NoError(t, err)
	require.Zero(t, res.Applied())
	require.Equal(t, rows, b.rows(t, "oskari_status_myplaces"))
	var cols []string
	require.NoError(t, pgxScanColumn(t, b.pool, `SELECT column_name::text FROM information_schema.columns
		WHERE table_schema = 'public' AND table_name = 'v' ORDER BY ordinal_position`, &cols))
	require.Equal(t, []string{"id", "name", "extra"}, cols)

	warned := false
	for _, l := range fwLogLines(t, b) {
		if l["level"] == "WARN" && strings.Contains(fmt.Sprint(l), "R__view.sql") {
			warned = true
		}
	}
	require.True(t, warned, "no WARN line naming R__view.sql in:\n%s", b.logs)
}

// Defect 7a: a Run that fails validation on a Flyway 3 table had already
// upgraded the table in place, breaking a Flyway 3 server still running on
// it. The upgrade must wait until the run is going ahead.
func TestLegacyTableNotUpgradedWhenValidationFails(t *testing.T) {
	t.Parallel()
	b := setup(t)
	legacyCreateTable(t, b, fwTestdata("flyway3"))
	rows := b.rows(t, legacyTable)

	// V1_1 edited since Flyway 3 ran it.
	edited := fstest.MapFS{}
	for _, s := range legacyScripts() {
		body, err := fs.ReadFile(fwTestdata("flyway3"), s.script)
		require.NoError(t, err)
		edited[s.script] = &fstest.MapFile{Data: body}
	}
	edited["V1_1__add_analysis_style.sql"].Data = bytes.Replace(edited["V1_1__add_analysis_style.sql"].Data,
		[]byte("dot_size integer"), []byte("dot_size smallint"), 1)

	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "analysis", Scripts: edited}))
	require.ErrorIs(t, err, migrate.ErrChecksumMismatch)
	require.True(t, legacyColumnExists(t, b, legacyTable, "version_rank"), "the table was upgraded by a run that did not go ahead")
	require.Equal(t, legacyLayout(), fwTableLayout(t, b, legacyTable))
	require.Equal(t, rows, b.rows(t, legacyTable))
}

// Defect 7b: Repair of a Flyway 3 table rewrites its Flyway 3 checksums but
// reported the old ones in Realigned; it must report the checksums it
// wrote.
func TestRepairLegacyReportsNewChecksums(t *testing.T) {
	t.Parallel()
	b := setup(t)
	want := legacyCreateTable(t, b, fwTestdata("flyway3"))

	res, err := runRepair(t.Context(), b.config(legacyModule()), migrate.RepairOptions{})
	require.NoError(t, err)
	require.Len(t, res.Modules, 1)
	got := map[string]int32{}
	for _, m := range res.Modules[0].Realigned {
		require.NotNil(t, m.Checksum, m.Version)
		got[m.Version] = *m.Checksum
	}
	require.Equal(t, want, got)
	// And they are what the table now holds.
	for v, c := range want {
		require.Equal(t, int(c), count(t, b.pool, `SELECT checksum FROM `+legacyTable+` WHERE version = $1`, v), v)
	}
}

// Defect 8: a Config that cannot migrate anything, or that names two
// databases, is a configuration error, reported before any database work.
func TestUnusableConfig(t *testing.T) {
	t.Parallel()
	t.Run("no modules", func(t *testing.T) {
		t.Parallel()
		_, err := migrate.Run(t.Context(), migrate.Config{})
		require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	})
	t.Run("module without migrations", func(t *testing.T) {
		t.Parallel()
		_, err := migrate.Run(t.Context(), migrate.Config{Modules: []migrate.Module{{Name: "core", Scripts: fstest.MapFS{}}}})
		require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	})
	t.Run("Pool and DatabaseURL", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		pool, err := pgxpool.New(t.Context(), b.url)
		require.NoError(t, err)
		defer pool.Close()
		cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}})
		cfg.Pool = pool
		_, err = migrate.Run(t.Context(), cfg)
		require.ErrorIs(t, err, migrate.ErrInvalidConfig)
		require.False(t, b.tableExists(t, "oskari_status"))
		require.False(t, b.tableExists(t, "a"))
	})
}

// Defect 9: Run added the context's error to any failure that happened
// while the context was done, so a division by zero read "… (context
// deadline exceeded)". The context's error belongs in the error only when
// the context caused the failure.
func TestContextErrorOnlyWhenItCaused(t *testing.T) {
	t.Parallel()
	divide := migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__divide.sql": {Data: []byte("SELECT 1/0;")}}}
	requireDivision := func(t *testing.T, err error) {
		t.Helper()
		var pgErr *pgconn.PgError
		require.ErrorAs(t, err, &pgErr)
		require.Equal(t, "22012", pgErr.Code)
		require.NotErrorIs(t, err, context.DeadlineExceeded)
		require.NotContains(t, err.Error(), "context deadline exceeded")
	}
	t.Run("deadline far away", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
		defer cancel()
		_, err := migrate.Run(ctx, b.config(divide))
		requireDivision(t, err)
	})
	t.Run("deadline passes after the failure", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		ctx, cancel := context.WithTimeout(t.Context(), time.Second)
		defer cancel()
		cfg := b.config(divide)
		// An error hook (its errors are only logged) that is still busy
		// when the deadline passes.
		cfg.Hooks = []migrate.Hook{{Event: migrate.AfterMigrateError, Run: func(ctx context.Context, e migrate.HookEvent) error {
			select {
			case <-ctx.Done():
			case <-time.After(10 * time.Second):
			}
			return nil
		}}}
		_, err := migrate.Run(ctx, cfg)
		requireDivision(t, err)
	})
	t.Run("deadline causes the failure", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		ctx, cancel := context.WithTimeout(t.Context(), time.Second)
		defer cancel()
		_, err := migrate.Run(ctx, b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
			"V1__sleep.sql": {Data: []byte("SELECT pg_sleep(30);")},
		}}))
		require.ErrorIs(t, err, context.DeadlineExceeded)
	})
}

// Defect 10: a MigrationError's message is one line; the quoted source
// line and caret belong elsewhere.
func TestMigrationErrorIsOneLine(t *testing.T) {
	t.Parallel()
	b := setup(t)
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
		"V1__typo.sql": {Data: []byte("SELECT 1;\nCREATE tabel t (id int);\n")},
	}}))
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, [2]int{2, 8}, [2]int{merr.Line, merr.Column})
	require.NotContains(t, merr.Error(), "\n")
	require.NotContains(t, err.Error(), "\n")
	require.True(t, strings.HasPrefix(err.Error(), `myplaces: V1__typo.sql:2:8: `), err.Error())
}
