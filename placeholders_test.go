package migrate_test

import (
	"strconv"
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

func TestPlaceholders(t *testing.T) {
	t.Parallel()
	b := setup(t)
	const script = "CREATE TABLE ${Table_Name} (id int, note text DEFAULT '${note}');\n" +
		"COMMENT ON TABLE ${table_name} IS '${flyway:filename} in ${flyway:defaultSchema} by ${flyway:user} on ${flyway:database}, history ${flyway:table}';\n"
	mod := migrate.Module{
		Name:         "myplaces",
		Placeholders: map[string]string{"NOTE": "module wins"},
		Scripts:      fstest.MapFS{"V1__tables.sql": {Data: []byte(script)}},
	}
	cfg := b.config(mod)
	cfg.Placeholders = map[string]string{"table_name": "places", "note": "config"}
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)

	var note, comment, user, db string
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT column_default FROM information_schema.columns
		WHERE table_name = 'places' AND column_name = 'note'`).Scan(&note))
	require.Equal(t, "'module wins'::text", note)
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT obj_description('places'::regclass), current_user, current_database()`).Scan(&comment, &user, &db))
	require.Equal(t, "V1__tables.sql in public by "+user+" on "+db+", history oskari_status_myplaces", comment)

	// Versioned checksums are of the raw text, as Flyway's.
	require.Equal(t, []string{"1|1|tables|SQL|V1__tables.sql|" + itoa(sum(t, script)) + "|true"}, b.rows(t, "oskari_status_myplaces"))
}

func TestUnknownPlaceholder(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__a.sql": {Data: []byte("SELECT 1;")},
		"V2__b.sql": {Data: []byte("-- ${fine}\nSELECT 'ok',\n  '${missing}';\n")},
	}}
	cfg := b.config(mod)
	cfg.Placeholders = map[string]string{"fine": "x"}
	_, err := migrate.Run(t.Context(), cfg)
	require.ErrorIs(t, err, migrate.ErrUnknownPlaceholder)
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, [2]int{3, 4}, [2]int{merr.Line, merr.Column})
	require.Contains(t, err.Error(), "core: V2__b.sql:3:4: unknown placeholder ${missing}")
	require.Len(t, b.rows(t, "oskari_status"), 1, "V1 ran, V2 did not")
}

// placeholderReplacement=false in the script's .sql.conf leaves ${…} alone.
func TestPlaceholderReplacementOff(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__js.sql":      {Data: []byte("CREATE TABLE tpl (body text DEFAULT 'Hello ${user.name}');")},
		"V1__js.sql.conf": {Data: []byte("# not for Flyway's placeholders\nplaceholderReplacement = false\n")},
	}}
	_, err := migrate.Run(t.Context(), b.config(mod))
	require.NoError(t, err)
	var def string
	require.NoError(t, b.pool.QueryRow(t.Context(), `SELECT column_default FROM information_schema.columns WHERE table_name = 'tpl'`).Scan(&def))
	require.Equal(t, "'Hello ${user.name}'::text", def)

	// An unknown setting in a .sql.conf is an error, not ignored.
	mod.Scripts.(fstest.MapFS)["V1__js.sql.conf"] = &fstest.MapFile{Data: []byte("executeInTransactions=false\n")}
	_, err = migrate.Run(t.Context(), b.config(mod))
	require.ErrorIs(t, err, migrate.ErrInvalidConfig)
	require.Contains(t, err.Error(), `core: V1__js.sql.conf: invalid configuration: unknown setting "executeInTransactions"`)
}

// Error positions point into the file, not into the replaced text.
func TestPlaceholderErrorPosition(t *testing.T) {
	t.Parallel()
	b := setup(t)
	mod := migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__a.sql": {Data: []byte("SELECT '${long}', '${long}';\nSELECT ${x} + tabel;\n")},
	}}
	cfg := b.config(mod)
	cfg.Placeholders = map[string]string{"long": "a value much longer than its placeholder", "x": "1"}
	_, err := migrate.Run(t.Context(), cfg)
	var merr *migrate.MigrationError
	require.ErrorAs(t, err, &merr)
	require.Equal(t, [2]int{2, 15}, [2]int{merr.Line, merr.Column})
}

func itoa(n int32) string { return strconv.Itoa(int(n)) }
