ALTER TABLE places ADD COLUMN note text;
