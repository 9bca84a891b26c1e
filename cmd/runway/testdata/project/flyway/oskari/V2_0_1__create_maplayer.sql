CREATE TABLE oskari_maplayer (
  id serial PRIMARY KEY,
  name text NOT NULL,
  url text,
  updated timestamp
);