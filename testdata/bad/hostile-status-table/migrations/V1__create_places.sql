CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
DROP TABLE victim;
SELECT nosuchcolumn FROM places;
