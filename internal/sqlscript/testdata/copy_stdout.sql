CREATE TEMP TABLE cs (a int, b text);
COPY cs (a, b) FROM STDOUT;
1	one
2	two; not a statement
\.
copy cs from stdout with (format csv);
3,"three"
\.
SELECT count(*) FROM cs;
