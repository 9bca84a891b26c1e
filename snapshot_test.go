package migrate_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// snapshotFiles lists the snapshot files in dir, oldest first, and fails
// on anything else there (a temporary file left behind).
func snapshotFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	require.NoError(t, err)
	var out []string
	for _, e := range entries {
		require.True(t, strings.HasSuffix(e.Name(), ".dump"), "unexpected file %s", e.Name())
		out = append(out, e.Name())
	}
	slices.Sort(out)
	return out
}

// withUser sets the user (if not empty) and the password of a connection
// string; the test server trusts its clients and ignores the password.
func withUser(t *testing.T, conn, user, password string) string {
	t.Helper()
	if !strings.Contains(conn, "://") {
		if user != "" {
			conn += " user=" + user
		}
		return conn + " password=" + password
	}
	u, err := url.Parse(conn)
	require.NoError(t, err)
	u.User = url.UserPassword(cmp.Or(user, u.User.Username()), password)
	return u.String()
}

const peopleV1 = `CREATE TABLE people (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO people SELECT g, 'person ' || g FROM generate_series(1, 500) g;`

func TestSnapshotRoundTrip(t *testing.T) {
	t.Parallel()
	b := setup(t)
	ctx := t.Context()
	dir := filepath.Join(t.TempDir(), "snapshots") // created by Run
	const secret = "s3cret-pw"
	places := fstest.MapFS{"V1__places.sql": {Data: []byte("CREATE TABLE places (id int);")}}
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__people.sql": {Data: []byte(peopleV1)}}},
		migrate.Module{Name: "myplaces", Scripts: places})
	cfg.DatabaseURL = withUser(t, b.url, "", secret)
	cfg.Snapshot.Dir = dir
	_, err := migrate.Run(ctx, cfg)
	require.NoError(t, err)
	require.Len(t, snapshotFiles(t, dir), 1, "one snapshot per database and run, however many modules")

	cfg.Modules[0].Scripts = fstest.MapFS{
		"V1__people.sql":      {Data: []byte(peopleV1)},
		"V2__drop_people.sql": {Data: []byte("DROP TABLE people;")},
	}
	_, err = migrate.Run(ctx, cfg)
	require.NoError(t, err)
	files := snapshotFiles(t, dir)
	require.Len(t, files, 2)
	var db string
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT current_database()").Scan(&db))
	newest := files[1]
	require.True(t, strings.HasPrefix(newest, db+"-") && strings.HasSuffix(newest, "-2.dump"), newest)
	require.Contains(t, b.logs.String(), `"msg":"snapshot taken"`)
	require.Contains(t, b.logs.String(), filepath.Join(dir, newest))
	require.NotContains(t, b.logs.String(), secret)
	var exists bool
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT to_regclass('people') IS NOT NULL").Scan(&exists))
	require.False(t, exists, "V2 dropped the table")

	m, err := migrate.New(cfg)
	require.NoError(t, err)
	path := filepath.Join(dir, newest)
	dry, err := m.Restore(ctx, path, migrate.RestoreOptions{DryRun: true})
	require.NoError(t, err)
	require.Contains(t, dry.Contents, "TABLE DATA public people")
	require.Contains(t, dry.Command, "--single-transaction")
	require.Contains(t, dry.String(), "Would restore "+path+" into database "+db)
	require.NotContains(t, dry.Command+dry.String(), secret)
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT to_regclass('people') IS NOT NULL").Scan(&exists))
	require.False(t, exists, "a dry run changes nothing")

	res, err := m.Restore(ctx, path, migrate.RestoreOptions{})
	require.NoError(t, err)
	require.False(t, res.DryRun)
	var n, sum int
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT count(*), sum(length(name)) FROM people").Scan(&n, &sum))
	require.Equal(t, 500, n)
	require.NoError(t, b.pool.QueryRow(ctx, "SELECT sum(length('person ' || g)) FROM generate_series(1, 500) g").Scan(&n))
	require.Equal(t, n, sum, "the rows are back as they were")
	require.Len(t, b.rows(t, "oskari_status"), 1, "the status table is back at V1")
	st, err := m.Info(ctx)
	require.NoError(t, err)
	require.Equal(t, migrate.StatePending, st[0].Migrations[1].State)
}

func TestSnapshotKeep(t *testing.T) {
	t.Parallel()
	b := setup(t)
	ctx := t.Context()
	dir := t.TempDir()
	other := "someone_else-20200101T000000.000Z-1.dump" // another database's: never pruned
	require.NoError(t, os.WriteFile(filepath.Join(dir, other), nil, 0o600))
	scripts := fstest.MapFS{}
	cfg := b.config(migrate.Module{Name: "core", Scripts: scripts})
	cfg.Snapshot = migrate.SnapshotOptions{Dir: dir, Keep: 2}
	for v := range 4 {
		scripts["V"+string(rune('1'+v))+"__t.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE t" + string(rune('1'+v)) + " (id int);")}
		_, err := migrate.Run(ctx, cfg)
		require.NoError(t, err)
	}
	files := snapshotFiles(t, dir)
	require.Len(t, files, 3)
	require.True(t, strings.HasSuffix(files[0], "-3.dump"), files)
	require.True(t, strings.HasSuffix(files[1], "-4.dump"), files)
	require.Equal(t, other, files[2])
	require.Contains(t, b.logs.String(), `"msg":"old snapshot removed"`)

	_, err := migrate.Run(ctx, cfg)
	require.NoError(t, err)
	require.Equal(t, files, snapshotFiles(t, dir), "nothing pending: no snapshot")
}

func TestSnapshotPooled(t *testing.T) {
	t.Parallel()
	b := setup(t)
	dir := t.TempDir()
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")},
		"V2__b.sql": {Data: []byte("CREATE INDEX CONCURRENTLY a_id ON a (id);")},
		"V3__c.sql": {Data: []byte("CREATE TABLE c (id int);")},
	}})
	cfg.PoolMode = migrate.PoolTransaction
	cfg.Snapshot.Dir = dir
	res, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	require.Len(t, res.Modules[0].Applied, 3)
	files := snapshotFiles(t, dir)
	require.Len(t, files, 1, "one snapshot per run, not per migration")
	require.True(t, strings.HasSuffix(files[0], "-1.dump"), files)
}

func TestSnapshotFailure(t *testing.T) {
	t.Parallel()
	b := setup(t)
	ctx := t.Context()
	dir := t.TempDir()
	scripts := fstest.MapFS{"V1__people.sql": {Data: []byte(peopleV1)}}
	cfg := b.config(migrate.Module{Name: "core", Scripts: scripts})
	cfg.DatabaseURL = withUser(t, b.url, "", "s3cret-pw")
	_, err := migrate.Run(ctx, cfg)
	require.NoError(t, err)

	scripts["V2__drop_people.sql"] = &fstest.MapFile{Data: []byte("DROP TABLE people;")}
	for name, pgDump := range map[string]string{"fails": "/bin/false", "missing": filepath.Join(dir, "no-pg_dump")} {
		t.Run(name, func(t *testing.T) {
			cfg.Snapshot = migrate.SnapshotOptions{Dir: dir, PgDump: pgDump}
			res, err := migrate.Run(ctx, cfg)
			require.ErrorIs(t, err, migrate.ErrSnapshot)
			require.NotContains(t, err.Error(), "s3cret-pw")
			require.Empty(t, res.Modules[0].Applied)
			require.Len(t, b.rows(t, "oskari_status"), 1, "V2 is not applied")
			require.Empty(t, snapshotFiles(t, dir), "no file is left behind")
		})
	}

	t.Run("pg_dump error", func(t *testing.T) {
		// A real pg_dump failing, as a role that may not read people: the
		// error quotes its message.
		var db string
		require.NoError(t, b.pool.QueryRow(ctx, "SELECT current_database()").Scan(&db))
		role := db + "_nobody"
		_, err := b.pool.Exec(ctx, fmt.Sprintf("CREATE ROLE %[1]s LOGIN; GRANT SELECT ON oskari_status TO %[1]s", role))
		require.NoError(t, err)
		t.Cleanup(func() {
			_, _ = b.pool.Exec(context.Background(), fmt.Sprintf("DROP OWNED BY %[1]s; DROP ROLE %[1]s", role))
		})
		cfg.Snapshot = migrate.SnapshotOptions{Dir: dir}
		cfg.DatabaseURL = withUser(t, b.url, role, "s3cret-pw")
		_, err = migrate.Run(ctx, cfg)
		require.ErrorIs(t, err, migrate.ErrSnapshot)
		require.Contains(t, err.Error(), "permission denied for table people")
		require.NotContains(t, err.Error(), "s3cret-pw")
		require.Len(t, b.rows(t, "oskari_status"), 1, "V2 is not applied")
		require.Empty(t, snapshotFiles(t, dir))
	})
}
