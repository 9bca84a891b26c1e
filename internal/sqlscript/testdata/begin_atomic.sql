CREATE TABLE grades (id int, score int);

CREATE FUNCTION grade(score int) RETURNS text
    LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN score >= 90 THEN 'A'
        WHEN score >= 80 THEN 'B'
        ELSE 'C;'
    END;
END;

CREATE OR REPLACE PROCEDURE insert_grade(i int, s int)
LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO grades VALUES (i, s);
    INSERT INTO grades VALUES (i + 1, CASE WHEN s > 50 THEN s - 50 ELSE s END);
END;

CALL insert_grade(1, 95);
SELECT id, grade(score) FROM grades ORDER BY id;

create function lower_case() returns int language sql begin atomic select 1; end;
SELECT lower_case();
