-- Oskari scripts sometimes manage their own transaction.
BEGIN;
CREATE TABLE oskari_bundle (id serial PRIMARY KEY, name text UNIQUE, config text);
INSERT INTO oskari_bundle (name, config) VALUES ('mapfull', '{"a": 1; "b": 2}');
COMMIT;

START TRANSACTION ISOLATION LEVEL READ COMMITTED;
SAVEPOINT s1;
INSERT INTO oskari_bundle (name) VALUES ('divmanazer');
ROLLBACK TO SAVEPOINT s1;
RELEASE s1;
END;
