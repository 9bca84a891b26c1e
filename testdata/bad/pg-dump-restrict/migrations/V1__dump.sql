--
-- PostgreSQL database dump
--

\restrict Qm3xV8cTgL2pZr7NwY4sKf9HdJb6AeUoXi1EtCn5RaMl0PvGyBhSjWqDkOuFz

-- Dumped from database version 15.20
-- Dumped by pg_dump version 15.20

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;

SET default_tablespace = '';

--
-- Name: places; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public.places (
    id integer NOT NULL,
    name text NOT NULL
);

--
-- Data for Name: places; Type: TABLE DATA; Schema: public; Owner: app
--

COPY public.places (id, name) FROM stdin;
1	Helsinki
2	Turku
\.

--
-- Name: places places_pkey; Type: CONSTRAINT; Schema: public; Owner: app
--

ALTER TABLE ONLY public.places
    ADD CONSTRAINT places_pkey PRIMARY KEY (id);

--
-- Name: places_region_idx; Type: INDEX; Schema: public; Owner: app
--

CREATE INDEX places_region_idx ON public.places USING btree (region);

--
-- PostgreSQL database dump complete
--

\unrestrict Qm3xV8cTgL2pZr7NwY4sKf9HdJb6AeUoXi1EtCn5RaMl0PvGyBhSjWqDkOuFz

