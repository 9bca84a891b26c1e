SELECT 'it''s; fine' AS "semi;""colon", E'back\\slash \'; quote' AS e1, e'\x41;' AS e2;
SELECT E'first part\''
    -- a comment between continued parts
    'second\'; part' AS continued;
SELECT U&'d\0061t\+000061;' AS u1, U&"a;b" FROM (SELECT 1 AS U&"a;b") s;
SELECT B'1010', X'1F', N'national; char';
SELECT $$ dollar ; $1 '$$ AS d1, $tag$ $$ ; $ta $tag $tag$ AS d2, $BODY$x$BODY$ AS d3;
SELECT foo$bar, x$$y FROM (SELECT 1 AS foo$bar, 2 AS x$$y) AS t$1;
SELECT /* outer /* inner ; */ still comment ; */ 1 AS nested;
SELECT 2 --; trailing comment
  + 3 AS sum;
SELECT 1 +/*;*/ 2, 3 -/**/- 4 AS ops;
SELECT (ARRAY[1,2])[1], '{a;b}'::text[], (1, 'x;')::text, 1.5e3, .5, 1e-2, 2 BETWEEN 1 AND 3;
PREPARE p(int) AS SELECT $1 + 1; EXECUTE p(41); DEALLOCATE p;
;;
SELECT 'done' -- no semicolon, no newline
