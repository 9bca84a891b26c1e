CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO places (name) VALUES ('Helsinki);
INSERT INTO places (name) VALUES ('Turku');
