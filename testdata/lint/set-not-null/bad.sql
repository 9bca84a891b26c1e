-- want set-not-null 2:26
ALTER TABLE oskari_users ALTER COLUMN email SET NOT NULL;
