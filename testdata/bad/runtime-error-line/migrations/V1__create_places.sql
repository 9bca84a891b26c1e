CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);

INSERT INTO places (name) VALUES ('a');
UPDATE places
   SET name = name || (1 / (id - 1))::text;
