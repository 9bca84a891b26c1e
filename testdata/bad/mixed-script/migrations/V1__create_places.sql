CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
CREATE INDEX CONCURRENTLY places_name ON places (name);
