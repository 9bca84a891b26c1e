CREATE TABLE categories (
  id serial PRIMARY KEY,
  category_name character varying(256) NOT NULL,
  "default" boolean NOT NULL DEFAULT false,
  uuid character varying(64),
  publisher_name character varying(256)
);

CREATE TABLE my_places (
  id serial PRIMARY KEY,
  uuid character varying(64),
  category_id integer REFERENCES categories (id) ON DELETE CASCADE,
  name character varying(256),
  place_desc text,
  created timestamp with time zone NOT NULL DEFAULT now(),
  updated timestamp with time zone
);
