package migrate_test

import (
	"context"
	"errors"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// One case per validation rule: a module is migrated, then its files or
// status rows change, then Validate (and Run) must report exactly that.
func TestValidateRules(t *testing.T) {
	t.Parallel()
	type change func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config)
	files := func(mod *migrate.Module) fstest.MapFS { return mod.Scripts.(fstest.MapFS) }
	tests := []struct {
		name    string
		change  change
		wantErr error  // from Validate; nil: valid
		msg     string // in the error
		runOK   bool   // Run succeeds after the change
	}{{
		name:  "unchanged",
		runOK: true,
	}, {
		name: "checksum mismatch",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			files(mod)["V2__b.sql"] = &fstest.MapFile{Data: []byte("SELECT 22;")}
		},
		wantErr: migrate.ErrChecksumMismatch,
		msg:     "myplaces: V2__b.sql: checksum mismatch for version 2: applied to database: 798974111, resolved locally: -766202795",
	}, {
		name: "description mismatch",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			f := files(mod)
			f["V2__renamed.sql"] = f["V2__b.sql"]
			delete(f, "V2__b.sql")
		},
		wantErr: migrate.ErrDescriptionMismatch,
		msg:     `myplaces: V2__renamed.sql: description mismatch for version 2: applied to database: "b", resolved locally: "renamed"`,
	}, {
		name: "type mismatch",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			delete(files(mod), "V2__b.sql")
			mod.Steps = append(mod.Steps, migrate.Step{Version: "2", Description: "b", Up: func(context.Context, pgx.Tx) error { return nil }})
		},
		wantErr: migrate.ErrTypeMismatch,
		msg:     "myplaces: V2__b: type mismatch for version 2: applied to database: SQL, resolved locally: JDBC",
	}, {
		name: "failed",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			files(mod)["V4__d.sql"] = &fstest.MapFile{Data: []byte("SELECT 4;")}
			b.insertRow(t, "oskari_status_myplaces", 4, "4", "d", "SQL", "V4__d.sql", sum(t, "SELECT 4;"), false)
		},
		wantErr: migrate.ErrFailedMigration,
		msg:     "myplaces: V4__d.sql: status table records a failed migration: version 4 (d) failed at",
	}, {
		name: "missing",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			delete(files(mod), "V2__b.sql")
		},
		wantErr: migrate.ErrMissingMigration,
		msg:     "myplaces: V2__b.sql: applied migration not found locally: version 2 (V2__b.sql)",
	}, {
		name: "missing, ignored",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			delete(files(mod), "V2__b.sql")
			cfg.IgnoreMigrationPatterns = []string{"versioned:missing"}
		},
		runOK: true,
	}, {
		name: "future, ignored by default",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			delete(files(mod), "V3__c.sql")
		},
		runOK: true,
	}, {
		name: "future, not ignored",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			delete(files(mod), "V3__c.sql")
			cfg.IgnoreMigrationPatterns = []string{}
		},
		wantErr: migrate.ErrFutureMigration,
		msg:     "myplaces: V3__c.sql: applied migration is newer than any local migration: version 3 (V3__c.sql)",
	}, {
		name: "pending",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			files(mod)["V4__d.sql"] = &fstest.MapFile{Data: []byte("SELECT 4;")}
		},
		wantErr: migrate.ErrPendingMigration,
		msg:     "myplaces: V4__d.sql: resolved migration not applied: version 4",
		runOK:   true,
	}, {
		name: "pending, ignored",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			files(mod)["V4__d.sql"] = &fstest.MapFile{Data: []byte("SELECT 4;")}
			cfg.IgnoreMigrationPatterns = []string{"*:pending", "*:future"}
		},
		runOK: true,
	}, {
		name: "ignored (out of order)",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			files(mod)["V1_5__late.sql"] = &fstest.MapFile{Data: []byte("SELECT 15;")}
		},
		wantErr: migrate.ErrOutOfOrder,
		msg:     "myplaces: V1_5__late.sql: pending migration is older than the applied version: version 1.5 has not run but the module is already at 3 (set Config.OutOfOrder to run it)",
	}, {
		name: "out of order allowed",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			files(mod)["V1_5__late.sql"] = &fstest.MapFile{Data: []byte("SELECT 15;")}
			cfg.OutOfOrder = true
			cfg.IgnoreMigrationPatterns = []string{"*:pending"}
		},
		runOK: true,
	}, {
		name: "at or below the baseline: not validated",
		change: func(t *testing.T, b *bundle, mod *migrate.Module, cfg *migrate.Config) {
			_, err := b.pool.Exec(t.Context(), `UPDATE oskari_status_myplaces SET type = 'BASELINE' WHERE version = '1'`)
			require.NoError(t, err)
			files(mod)["V1__a.sql"] = &fstest.MapFile{Data: []byte("SELECT 'edited below the baseline';")}
		},
		runOK: true,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := setup(t)
			mod := migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
				"V1__a.sql": {Data: []byte("SELECT 1;")},
				"V2__b.sql": {Data: []byte("SELECT 2;")},
				"V3__c.sql": {Data: []byte("SELECT 3;")},
			}}
			_, err := migrate.Run(t.Context(), b.config(mod))
			require.NoError(t, err)
			cfg := b.config()
			if tt.change != nil {
				tt.change(t, b, &mod, &cfg)
			}
			cfg.Modules = []migrate.Module{mod}
			err = runValidate(t.Context(), cfg)
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
				require.Contains(t, err.Error(), tt.msg)
				var merr *migrate.MigrationError
				require.ErrorAs(t, err, &merr)
				require.Equal(t, "myplaces", merr.Module)
			}
			_, err = migrate.Run(t.Context(), cfg)
			if tt.runOK {
				require.NoError(t, err)
				require.NoError(t, runValidate(t.Context(), cfg), "valid after Run")
			} else {
				require.ErrorIs(t, err, tt.wantErr)
			}
		})
	}
}

// One Validate reports every problem of every module at once.
func TestValidateReportsAllProblems(t *testing.T) {
	t.Parallel()
	b := setup(t)
	core := migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}, "V2__b.sql": {Data: []byte("SELECT 2;")}}}
	myplaces := migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}}
	_, err := migrate.Run(t.Context(), b.config(core, myplaces))
	require.NoError(t, err)

	core.Scripts.(fstest.MapFS)["V1__a.sql"] = &fstest.MapFile{Data: []byte("SELECT 11;")}
	core.Scripts.(fstest.MapFS)["V2__renamed.sql"] = core.Scripts.(fstest.MapFS)["V2__b.sql"]
	delete(core.Scripts.(fstest.MapFS), "V2__b.sql")
	myplaces.Scripts.(fstest.MapFS)["V0_5__early.sql"] = &fstest.MapFile{Data: []byte("SELECT 0;")}
	err = runValidate(t.Context(), b.config(core, myplaces))
	require.ErrorIs(t, err, migrate.ErrChecksumMismatch)
	require.ErrorIs(t, err, migrate.ErrDescriptionMismatch)
	require.ErrorIs(t, err, migrate.ErrOutOfOrder)
	var joined interface{ Unwrap() []error }
	require.True(t, errors.As(err, &joined))
	require.Len(t, joined.Unwrap(), 3)
}

func TestIgnorePatternsChecked(t *testing.T) {
	t.Parallel()
	for _, p := range []string{"future", "*:gone", "all:*", "versioned"} {
		err := runValidate(t.Context(), migrate.Config{
			IgnoreMigrationPatterns: []string{p},
			Modules:                 []migrate.Module{{Name: "m", Steps: []migrate.Step{step("1", "", "")}}},
		})
		require.ErrorIs(t, err, migrate.ErrInvalidConfig, p)
		require.Contains(t, err.Error(), p)
	}
}
