-- want add-column-not-null 3:48
ALTER TABLE oskari_users
    ADD COLUMN IF NOT EXISTS tenant_id integer NOT NULL;
