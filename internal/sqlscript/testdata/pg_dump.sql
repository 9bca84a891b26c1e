--
-- PostgreSQL database dump
--

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: touch_created(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.touch_created() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.created := now(); -- keep ; here
  RETURN NEW;
END;
$$;


ALTER FUNCTION public.touch_created() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: maplayer; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.maplayer (
    id integer NOT NULL,
    name text NOT NULL,
    url text,
    opacity integer DEFAULT 100,
    created timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.maplayer OWNER TO postgres;

--
-- Name: layer_names; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.layer_names AS
 SELECT maplayer.id,
    maplayer.name
   FROM public.maplayer
  WHERE (maplayer.opacity > 0);


ALTER TABLE public.layer_names OWNER TO postgres;

--
-- Name: maplayer_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.maplayer_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.maplayer_id_seq OWNER TO postgres;

--
-- Name: maplayer_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.maplayer_id_seq OWNED BY public.maplayer.id;


--
-- Name: t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.t (
    a integer,
    b text
);


ALTER TABLE public.t OWNER TO postgres;

--
-- Name: maplayer id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maplayer ALTER COLUMN id SET DEFAULT nextval('public.maplayer_id_seq'::regclass);


--
-- Data for Name: maplayer; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.maplayer (id, name, url, opacity, created) FROM stdin;
1	Taustakartta	https://tiles.example/wmts?a=1;b=2	100	2026-11-23 11:43:14.235228+00
2	Ortho; "kuva"	\N	50	2026-11-23 11:43:14.235228+00
3	Tab\tand\\back	line1\r\nline2	0	2026-11-23 11:43:14.235228+00
\.


--
-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.t (a, b) FROM stdin;
1	one
2	\N
3	multi\r\nline
4	back\\slash; semi
\.


--
-- Name: maplayer_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.maplayer_id_seq', 3, true);


--
-- Name: maplayer maplayer_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maplayer
    ADD CONSTRAINT maplayer_pkey PRIMARY KEY (id);


--
-- Name: maplayer_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX maplayer_name_idx ON public.maplayer USING btree (name);


--
-- Name: maplayer maplayer_touch; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER maplayer_touch BEFORE INSERT ON public.maplayer FOR EACH ROW EXECUTE FUNCTION public.touch_created();


--
-- PostgreSQL database dump complete
--

