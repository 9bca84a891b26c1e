CREATE TABLE analysis (id serial PRIMARY KEY, name text);
