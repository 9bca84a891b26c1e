CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
COPY places (id, name) FROM stdin;
1	Helsinki
CREATE INDEX places_name ON places (name);
