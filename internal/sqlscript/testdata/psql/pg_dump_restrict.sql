--
-- PostgreSQL database dump
--

\restrict 8bYwzE0Tg5cQfXeQ2yZGq3x1hV9mA7kLpRn4sUdJtWoCiFb6

-- Dumped from database version 15.20
SET statement_timeout = 0;
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

\connect appdb

CREATE TABLE public.t (s text);

COPY public.t (s) FROM stdin;
a\\b
\.

SET standard_conforming_strings = off;
INSERT INTO public.t VALUES ('it\'s; one string');
SET SESSION standard_conforming_strings TO 'on';
INSERT INTO public.t VALUES ('back\');
set standard_conforming_strings to false;
INSERT INTO public.t VALUES (N'n\'s;');
RESET standard_conforming_strings;
SELECT 'b\';
SELECT pg_catalog.set_config('standard_conforming_strings', 'off', false);
SELECT E'e\'s;', 'x\';', B'01', X'1F';
RESET ALL;
SELECT 'a\'; SELECT 2;
  /* c */ \unrestrict 8bYwzE0Tg5cQfXeQ2yZGq3x1hV9mA7kLpRn4sUdJtWoCiFb6
\echo done\\ SELECT 1;
SELECT 3 \gset
\q
