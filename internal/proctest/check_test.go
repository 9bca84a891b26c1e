package proctest_test

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/runwaydb/migrate"
	"github.com/runwaydb/migrate/internal/pgtest"
	"github.com/runwaydb/migrate/internal/proctest"
)

// TestCheck breaks each invariant by hand and expects Check to say so.
func TestCheck(t *testing.T) {
	I, T, C, S := proctest.Insert, proctest.Table, proctest.Concurrent, proctest.Sleep
	l := proctest.Layout{Sleep: time.Millisecond, Modules: []proctest.Module{{Name: "core", Migrations: []proctest.Kind{I, T, C, S}}}}
	exec := func(sql string) func(context.Context, *pgx.Conn, string) error {
		return func(ctx context.Context, conn *pgx.Conn, _ string) error {
			_, err := conn.Exec(ctx, sql)
			return err
		}
	}
	tests := []struct {
		name   string
		target string // core's target; "" for all
		tamper func(ctx context.Context, conn *pgx.Conn, db string) error
		opts   proctest.CheckOptions
		want   string // in the error; "" for none
	}{
		{name: "complete", opts: proctest.CheckOptions{Complete: true}},
		{name: "partial", target: "2"},
		{name: "partial but complete wanted", target: "2", opts: proctest.CheckOptions{Complete: true}, want: "core V3: not applied"},
		{name: "applied twice", tamper: exec(`INSERT INTO proctest.effects (module, version) VALUES ('core', 4)`),
			want: "core V4 (sleep): 2 effects rows, want 1"},
		{name: "effect without its row", tamper: exec(`DELETE FROM oskari_status WHERE version = '4'`),
			want: "core V4 (sleep): 1 effects rows, want 0"},
		{name: "table without its row", target: "1", tamper: exec(`CREATE TABLE core_t2 ()`),
			want: "table core_t2 exists: true, success row: false"},
		{name: "effect of no migration", tamper: exec(`INSERT INTO proctest.effects (module, version) VALUES ('core', 9)`),
			want: "core V9: 1 effects rows for a migration the layout does not have"},
		{name: "rank gap", tamper: exec(`UPDATE oskari_status SET installed_rank = 7 WHERE version = '4'`),
			want: "installed_rank 7 at position 4"},
		{name: "failed row", target: "3", tamper: exec(`INSERT INTO oskari_status SELECT 4, '4', 'sleep', 'SQL', 'V4__sleep.sql',
			0, 'me', now(), 0, false`), want: "failed status rows: core V4"},
		{name: "failed row accepted", target: "3", tamper: exec(`INSERT INTO oskari_status SELECT 4, '4', 'sleep', 'SQL', 'V4__sleep.sql',
			0, 'me', now(), 0, false`), opts: proctest.CheckOptions{Failed: true}},
		{name: "index without its row", target: "2", tamper: exec(`CREATE INDEX core_cic3 ON proctest.big (x)`),
			want: "core V3: valid index core_cic3 without its status row"},
		{name: "index without its row accepted", target: "2", tamper: exec(`CREATE INDEX core_cic3 ON proctest.big (x)`),
			opts: proctest.CheckOptions{Interrupted: true}},
		{name: "invalid index", tamper: exec(`UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'proctest.core_cic3'::regclass`),
			want: "core V3 (concurrent): success row but the index is INVALID"},
		{name: "row without its index", tamper: exec(`DROP INDEX proctest.core_cic3`),
			want: "core V3 (concurrent): success row but no index"},
		{name: "lock left", tamper: func(ctx context.Context, _ *pgx.Conn, db string) error {
			holder, err := pgx.Connect(ctx, db)
			if err != nil {
				return err
			}
			// Held until the test ends: unreachable, the connection would be
			// closed by the garbage collector (its socket's finalizer), and
			// the lock released before Check looks.
			context.AfterFunc(ctx, func() { holder.Close(context.Background()) })
			_, err = holder.Exec(ctx, "SELECT pg_advisory_lock(42)")
			return err
		}, want: "1 advisory lock(s) still held"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			db := pgtest.NewDatabase(t)
			conn := connect(t, db)
			dir := setup(t, conn, l)
			cfg := config(db, dir, l)
			cfg.Modules[0].Target = tt.target
			_, err := migrate.Run(t.Context(), cfg)
			require.NoError(t, err)
			if tt.tamper != nil {
				require.NoError(t, tt.tamper(t.Context(), conn, db))
			}
			rep, err := proctest.Check(t.Context(), conn, l, tt.opts)
			if tt.want == "" {
				require.NoError(t, err)
				require.NotNil(t, rep)
				return
			}
			require.ErrorContains(t, err, tt.want)
		})
	}
}
