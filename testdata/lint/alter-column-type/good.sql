ALTER TABLE oskari_users ADD COLUMN id_new bigint;
ALTER TABLE oskari_users ALTER COLUMN name SET DEFAULT 'x';
