-- myplaces: user-drawn places and their categories
CREATE TABLE categories (
  id serial PRIMARY KEY,
  category_name character varying(256) NOT NULL,
  "default" boolean NOT NULL DEFAULT false
);

CREATE TABLE my_places (
  id serial PRIMARY KEY,
  category_id integer REFERENCES categories (id) ON DELETE CASCADE,
  name character varying(256),
  place_desc text
);
