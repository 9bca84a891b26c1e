package migrate_test

import (
	"testing"
	"testing/fstest"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// dump15 is what pg_dump 15.20 writes: \restrict near the top, \unrestrict
// at the end.
const dump15 = `--
-- PostgreSQL database dump
--

\restrict 8bYwzE0Tg5cQfXeQ2yZGq3x1hV9mA7kLpRn4sUdJtWoCiFb6

-- Dumped from database version 15.20
-- Dumped by pg_dump version 15.20

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

CREATE TABLE public.dumped (id integer NOT NULL, s text);

COPY public.dumped (id, s) FROM stdin;
1	a\\b
2	semi; colon
\.

ALTER TABLE ONLY public.dumped ADD CONSTRAINT dumped_pkey PRIMARY KEY (id);

INSERT INTO public.dumped VALUES (3, 'it''s; one string');

--
-- PostgreSQL database dump complete
--

\unrestrict 8bYwzE0Tg5cQfXeQ2yZGq3x1hV9mA7kLpRn4sUdJtWoCiFb6

`

func TestDumpRestrictApplies(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__dump.sql": {Data: []byte(dump15)},
	}})
	_, err := migrate.Run(t.Context(), cfg)
	require.NoError(t, err)
	rows, err := b.pool.Query(t.Context(), `SELECT id || '=' || s FROM public.dumped ORDER BY id`)
	require.NoError(t, err)
	var got []string
	for rows.Next() {
		var s string
		require.NoError(t, rows.Scan(&s))
		got = append(got, s)
	}
	require.NoError(t, rows.Err())
	require.Equal(t, []string{`1=a\b`, "2=semi; colon", "3=it's; one string"}, got)
}

func TestDumpOtherMetaCommandError(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__echo.sql": {Data: []byte("CREATE TABLE never (id int);\n\\echo hello\n")},
	}})
	_, err := migrate.Run(t.Context(), cfg)
	require.Error(t, err)
	require.Contains(t, err.Error(), `psql meta-command \echo is not supported`)
	require.Contains(t, err.Error(), "V1__echo.sql:2:1")
	require.False(t, b.tableExists(t, "never"))
}

// A script that turns standard_conforming_strings off reads its
// backslash-escaped strings as psql and the server do: the statements
// after the SET go in another query.
func TestStandardConformingStringsOff(t *testing.T) {
	t.Parallel()
	b := setup(t)
	_, err := migrate.Run(t.Context(), b.config(migrate.Module{Name: "core", Scripts: fstest.MapFS{
		"V1__escapes.sql": {Data: []byte("SET standard_conforming_strings = off;\nCREATE TABLE q (v text);\nINSERT INTO q VALUES ('it\\'s');\n")},
		"V2__after.sql":   {Data: []byte("INSERT INTO q VALUES ('back\\slash');\n")},
	}}))
	require.NoError(t, err)
	var got []string
	rows, err := b.pool.Query(t.Context(), `SELECT v FROM q ORDER BY v`)
	require.NoError(t, err)
	for rows.Next() {
		var v string
		require.NoError(t, rows.Scan(&v))
		got = append(got, v)
	}
	require.Equal(t, []string{`back\slash`, "it's"}, got, "V2 runs with the setting reset to on")
}
