ALTER TABLE places ADD COLUMN rating int;
