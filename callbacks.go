package migrate

import (
	"context"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Event names a point in a migration run where callbacks run. SQL callbacks
// are files named after the event (beforeMigrate.sql, or with a
// description, afterMigrate__grants.sql); Go callbacks are [Hook]s.
// Callbacks are not migrations: they are not recorded in the status table.
type Event string

// Events with callbacks.
const (
	// BeforeMigrate runs once per module run, under the module's lock,
	// before its pending migrations.
	BeforeMigrate Event = "beforeMigrate"
	// BeforeEachMigrate runs inside each migration's transaction, before it.
	BeforeEachMigrate Event = "beforeEachMigrate"
	// AfterEachMigrate runs inside each migration's transaction, after it
	// and before its status row is written.
	AfterEachMigrate Event = "afterEachMigrate"
	// AfterEachMigrateError runs after a migration failed and was rolled
	// back, outside any transaction.
	AfterEachMigrateError Event = "afterEachMigrateError"
	// AfterMigrate runs once per module run, under the lock, after all
	// pending migrations succeeded (also when there were none).
	AfterMigrate Event = "afterMigrate"
	// AfterMigrateError runs once when the module's migration failed.
	AfterMigrateError Event = "afterMigrateError"
)

// allEvents lists the events with callbacks, in the order they happen.
func allEvents() []Event {
	return []Event{BeforeMigrate, BeforeEachMigrate, AfterEachMigrate, AfterEachMigrateError, AfterMigrate, AfterMigrateError}
}

// sqlCallback reports whether SQL callback files may be named after e.
func (e Event) sqlCallback() bool {
	switch e {
	case BeforeMigrate, BeforeEachMigrate, AfterEachMigrate, AfterEachMigrateError, AfterMigrate, AfterMigrateError:
		return true
	}
	return false
}

// perRun reports whether e runs once per module run (and so needs the lock
// even when nothing is pending).
func (e Event) perRun() bool { return e == BeforeMigrate || e == AfterMigrate }

// sqlCallbackEvents lists the supported events for messages.
func sqlCallbackEvents() string {
	var names []string
	for _, ev := range allEvents() {
		names = append(names, string(ev))
	}
	return strings.Join(names, ", ")
}

// DB is what a [Hook] gets to run SQL with: the module's connection, or the
// migration's transaction for the per-migration events. Both *pgx.Conn and
// pgx.Tx satisfy it.
type DB interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Hook is a callback written in Go.
type Hook struct {
	// Event is when the hook runs.
	Event Event
	// Modules limits the hook to these modules. Default: all modules.
	Modules []string
	// Run is called with the event's details. An error from a Before or
	// After hook fails the migration (or the module run) like a failed
	// migration; errors from error hooks are logged.
	Run func(ctx context.Context, e HookEvent) error
}

// HookEvent is what a [Hook] is told.
type HookEvent struct {
	Event     Event
	Module    string
	Migration *MigrationInfo // the migration, for the per-migration events
	DB        DB             // connection, or the migration's transaction
	Err       error          // the failure, for the error events
}

// hooksFor returns the hooks of cfg that run for module at ev.
func hooksFor(hooks []Hook, module string, ev Event) []Hook {
	var out []Hook
	for _, h := range hooks {
		if h.Event != ev || h.Run == nil {
			continue
		}
		if len(h.Modules) > 0 && !slices.Contains(h.Modules, module) {
			continue
		}
		out = append(out, h)
	}
	return out
}
