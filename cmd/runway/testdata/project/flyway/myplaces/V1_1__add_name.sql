ALTER TABLE my_places ADD COLUMN name text;
