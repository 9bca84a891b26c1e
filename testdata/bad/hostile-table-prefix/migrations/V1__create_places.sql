CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO places (name) VALUES (1/0);
