ALTER TABLE oskari_users ADD COLUMN tenant_id integer NOT NULL DEFAULT 1;
ALTER TABLE oskari_users ADD COLUMN nick text;
