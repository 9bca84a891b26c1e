CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
\connect other_db
CREATE TABLE other (id int);
