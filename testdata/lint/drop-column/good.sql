ALTER TABLE oskari_users DROP CONSTRAINT legacy_check;
-- runway:allow drop-column (unused since 2.3, no replica reads it)
ALTER TABLE oskari_users DROP COLUMN legacy_flag;
