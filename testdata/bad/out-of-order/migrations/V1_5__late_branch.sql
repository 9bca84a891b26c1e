ALTER TABLE places ADD COLUMN late int;
