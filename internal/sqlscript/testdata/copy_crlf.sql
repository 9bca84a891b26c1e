CREATE TABLE t (a int, b text);
COPY t (a, b) FROM stdin; -- CRLF data
1	one\r\ntwo
2	\N
\.
SELECT a, b FROM t ORDER BY a;
