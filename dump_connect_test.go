package migrate_test

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// pg_dump's \connect to the database the script runs on, in the forms it
// writes, is skipped with a debug line.
func TestDumpConnectSameDatabase(t *testing.T) {
	t.Parallel()
	b := setup(t)
	var db string
	require.NoError(t, b.pool.QueryRow(t.Context(), "SELECT current_database()").Scan(&db))
	script := fmt.Sprintf("--\n-- PostgreSQL database dump\n--\n\n\\connect %s\n\nCREATE TABLE a (id int);\n"+
		"\\connect -reuse-previous=on \"dbname='%s'\"\nCREATE TABLE b (id int);\n\\c\nCREATE TABLE c (id int);\n", db, db)
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__dump.sql": {Data: []byte(script)},
	}}))
	require.NoError(t, err)
	require.True(t, b.tableExists(t, "a") && b.tableExists(t, "b") && b.tableExists(t, "c"))
	require.Contains(t, b.logs.String(), `"msg":"skipped psql meta-command","module":"core","script":"V1__dump.sql","line":5,"command":"\\connect"`)
	require.Contains(t, b.logs.String(), `"line":10,"command":"\\c"`)
}

// A \connect to another database, or any meta-command Runway does not
// skip, is ErrMetaCommand naming the file and line; nothing runs.
func TestDumpConnectOtherDatabase(t *testing.T) {
	t.Parallel()
	for script, want := range map[string]string{
		"CREATE TABLE never (id int);\n\\connect elsewhere\n":                   `core: V1__dump.sql:2:1: psql meta-command \connect to database "elsewhere" is not supported: the script runs on database "`,
		"CREATE TABLE never (id int);\n\\c \"dbname=x host=other\"\n":           `core: V1__dump.sql:2:1: psql meta-command \c is not supported: connection string keyword "host" is another connection`,
		"CREATE INDEX CONCURRENTLY never ON t (id);\n\n\\connect elsewhere u\n": `core: V1__dump.sql:3:1: psql meta-command \connect is not supported: it names a user, host or port`,
		"CREATE TABLE never (id int);\n\\set x 1\n":                             `core: V1__dump.sql:2:1: psql meta-command \set is not supported`,
	} {
		b := setup(t)
		_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
			"V1__dump.sql": {Data: []byte(script)},
		}}))
		require.ErrorIs(t, err, migrate.ErrMetaCommand, script)
		require.ErrorContains(t, err, want)
		require.False(t, b.tableExists(t, "never"))
	}
}
