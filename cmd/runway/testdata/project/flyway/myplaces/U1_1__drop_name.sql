ALTER TABLE my_places DROP COLUMN name;
