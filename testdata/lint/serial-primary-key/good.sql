CREATE TABLE oskari_roles (name text);
ALTER TABLE oskari_roles ADD COLUMN id serial PRIMARY KEY;
