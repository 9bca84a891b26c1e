--
-- PostgreSQL database dump
--

-- Dumped from database version 13.4
-- Dumped by pg_dump version 13.4

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
-- Data for Name: oskari_roles; Type: TABLE DATA; Schema: public; Owner: oskari
--

COPY public.oskari_roles (id, name, is_guest) FROM stdin;
1	Guest	t
2	User	f
3	Admin	f
\.


--
-- Data for Name: oskari_users; Type: TABLE DATA; Schema: public; Owner: oskari
--

COPY public.oskari_users (id, user_name, first_name, last_name, uuid, attributes) FROM stdin;
1	user	Oskari	Olematon	0fa1e44b-7f2b-4a42-9d1a-6c5e0b0f8d11	{}
2	admin	\N	\N	5c1d2f3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f	Imported from Oskari 1.x\r\nsee the migration notes
\.


--
-- Data for Name: oskari_role_oskari_user; Type: TABLE DATA; Schema: public; Owner: oskari
--

COPY public.oskari_role_oskari_user (id, role_id, user_id) FROM stdin;
1	2	1
2	2	2
3	3	2
\.


--
-- Data for Name: oskari_maplayer; Type: TABLE DATA; Schema: public; Owner: oskari
--

COPY public.oskari_maplayer (id, type, url, name, locale, attributes, created, updated) FROM stdin;
1	wmtslayer	https://tiles.example.org/wmts	background	{"en":{"name":"Background map"}}	{}	2021-03-04 10:11:12+00	\N
2	wmslayer	https://maps.example.org/wms	buildings	{"en":{"name":"Buildings"}}	\N	2021-03-04 10:11:12+00	\N
3	wfslayer	\N	parcels	{"en":{"name":"Parcels"}}	{}	2021-03-04 10:11:12+00	\N
\.


--
-- Name: oskari_roles_id_seq; Type: SEQUENCE SET; Schema: public; Owner: oskari
--

SELECT pg_catalog.setval('public.oskari_roles_id_seq', 3, true);
SELECT pg_catalog.setval('public.oskari_users_id_seq', 2, true);
SELECT pg_catalog.setval('public.oskari_role_oskari_user_id_seq', 3, true);
SELECT pg_catalog.setval('public.oskari_maplayer_id_seq', 3, true);


--
-- PostgreSQL database dump complete
--
