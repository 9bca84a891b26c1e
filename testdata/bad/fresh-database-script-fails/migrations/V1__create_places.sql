CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
ALTER TABLE places ADD COLUMN name text;
