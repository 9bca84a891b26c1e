package migrate_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// callbackLog is a table every callback appends to.
const callbackLog = "CREATE TABLE IF NOT EXISTS cb_log (n serial, what text);\n"

func logSQL(what string) []byte {
	return []byte(callbackLog + "INSERT INTO cb_log (what) VALUES ('" + what + "');\n")
}

func (b *bundle) callbackLog(t *testing.T) []string {
	t.Helper()
	var out []string
	require.NoError(t, pgxScanColumn(t, b.pool, `SELECT what FROM cb_log ORDER BY n`, &out))
	return out
}

func TestCallbacks(t *testing.T) {
	t.Parallel()
	b := setup(t)
	var hookLog []string
	hook := func(ev migrate.Event) migrate.Hook {
		return migrate.Hook{Event: ev, Run: func(ctx context.Context, e migrate.HookEvent) error {
			what := string(e.Event)
			if e.Migration != nil {
				what += " " + e.Migration.Version
			}
			hookLog = append(hookLog, what)
			_, err := e.DB.Exec(ctx, `INSERT INTO cb_log (what) VALUES ($1)`, "go "+what)
			return err
		}}
	}
	mod := migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
		"beforeMigrate.sql":                    {Data: logSQL("beforeMigrate")},
		"beforeEachMigrate.sql":                {Data: logSQL("beforeEach")},
		"callbacks/afterEachMigrate__note.sql": {Data: logSQL("afterEach")},
		"afterMigrate.sql":                     {Data: logSQL("afterMigrate")},
		"V1__a.sql":                            {Data: []byte("CREATE TABLE a (id int);")},
		"V2__b.sql":                            {Data: []byte("CREATE TABLE b (id int);")},
	}}
	cfg := b.config(mod)
	cfg.Hooks = []migrate.Hook{hook(migrate.BeforeEachMigrate), hook(migrate.AfterMigrate),
		{Event: migrate.AfterMigrate, Modules: []string{"other"}, Run: func(context.Context, migrate.HookEvent) error { return errors.New("not for myplaces") }}}
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Equal(t, 2, res.Applied())
	require.Equal(t, []string{
		"beforeMigrate",
		"beforeEach", "go beforeEachMigrate 1", "afterEach",
		"beforeEach", "go beforeEachMigrate 2", "afterEach",
		"afterMigrate", "go afterMigrate",
	}, b.callbackLog(t))
	require.Equal(t, []string{"beforeEachMigrate 1", "beforeEachMigrate 2", "afterMigrate"}, hookLog)
	// Callbacks are not migrations.
	require.Len(t, b.rows(t, "oskari_status_myplaces"), 2)

	// beforeMigrate and afterMigrate run on every Run, as in Flyway, even
	// with nothing pending.
	_, err = migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Len(t, b.callbackLog(t), 12)
}

func TestCallbacksOnError(t *testing.T) {
	t.Parallel()
	b := setup(t)
	var got []string
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"beforeEachMigrate.sql":     {Data: logSQL("beforeEach")},
		"afterEachMigrateError.sql": {Data: logSQL("afterEachError")},
		"afterMigrateError__x.sql":  {Data: logSQL("afterMigrateError")},
		"V1__a.sql":                 {Data: []byte("CREATE TABLE a (id int);")},
		"V2__b.sql":                 {Data: []byte("SELECT 1/0;")},
	}}
	cfg := b.config(mod)
	cfg.Hooks = []migrate.Hook{{Event: migrate.AfterMigrateError, Run: func(ctx context.Context, e migrate.HookEvent) error {
		got = append(got, fmt.Sprintf("%s: %+v", e.Module, e.Err))
		return nil
	}}}
	_, err := migrate.Run(t.Context(), cfg)
	require.Error(t, err)
	// The failed migration's beforeEach was rolled back with it; the error
	// callbacks ran after.
	require.Equal(t, []string{"beforeEach", "afterEachError", "afterMigrateError"}, b.callbackLog(t))
	require.Len(t, got, 1)
	require.Equal(t, "core: core: V2__b.sql:1:1: ERROR: division by zero (SQLSTATE 22012)\n  1 | SELECT 1/0;\n    | ^", got[0])
}

func TestFailingCallback(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"afterEachMigrate.sql": {Data: []byte("SELECT 1;\nSELECT nope;\n")},
		"V1__a.sql":            {Data: []byte("CREATE TABLE a (id int);")},
	}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, "afterEachMigrate.sql", merr.Script, "the error names the callback file")
	require.Equal(t, 2, merr.Line)
	require.False(t, b.tableExists(t, "a"), "the migration is rolled back with its callback")

	// A Go hook's error fails the migration too.
	mod.Scripts = fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}
	cfg := b.config(mod)
	cfg.Hooks = []migrate.Hook{{Event: migrate.AfterEachMigrate, Run: func(context.Context, migrate.HookEvent) error {
		return errors.New("audit table full")
	}}}
	_, err = migrate.Run(t.Context(), cfg)
	require.ErrorContains(t, err, "core: V1__a.sql: afterEachMigrate hook: audit table full")
	require.False(t, b.tableExists(t, "a"))
}

func TestUnsupportedCallback(t *testing.T) {
	t.Parallel()
	_, err := migrate.Run(t.Context(), migrate.Config{Modules: []migrate.Module{{Name: "core", Scripts: fstest.MapFS{
		"V1__a.sql":       {Data: []byte("SELECT 1;")},
		"beforeClean.sql": {Data: []byte("SELECT 1;")},
	}}}})
	require.ErrorIs(t, err, migrate.ErrInvalidName)
	require.Contains(t, err.Error(), "core: beforeClean.sql: invalid migration name: callback event beforeClean is not supported")
}

func TestHookPanicIsAnError(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}})
	cfg.Hooks = []migrate.Hook{{Event: migrate.BeforeEachMigrate, Run: func(context.Context, migrate.HookEvent) error { panic("hook bug") }}}
	_, err := migrate.Run(t.Context(), cfg)
	require.ErrorContains(t, err, "beforeEachMigrate hook panicked: hook bug")
	require.False(t, b.tableExists(t, "a"))
}
