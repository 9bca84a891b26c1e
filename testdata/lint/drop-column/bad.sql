-- want drop-column 2:26
ALTER TABLE oskari_users DROP COLUMN IF EXISTS legacy_flag;
-- want drop-column 4:37
ALTER TABLE oskari_users ADD x int, DROP legacy_name CASCADE;
