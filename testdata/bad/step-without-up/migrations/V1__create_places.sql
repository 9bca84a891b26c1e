CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
