CREATE TABLE my_places (
  id serial PRIMARY KEY,
  geom text
);
