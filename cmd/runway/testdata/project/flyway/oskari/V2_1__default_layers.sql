SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);

COPY public.oskari_maplayer (id, name, url) FROM stdin;
1	base	\N
2	orto; with a semicolon	https://example.org/wms?a=1\r\n
\.

SELECT pg_catalog.setval('public.oskari_maplayer_id_seq', 2, true);
