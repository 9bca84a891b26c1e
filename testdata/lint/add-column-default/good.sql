-- A constant or stable default is stored once (PostgreSQL 11+); a volatile
-- one is set for new rows only, after the column exists.
ALTER TABLE oskari_users ADD COLUMN created timestamptz DEFAULT now(), ADD COLUMN state text DEFAULT 'new' NOT NULL;
ALTER TABLE oskari_users ADD COLUMN uuid uuid;
ALTER TABLE oskari_users ALTER COLUMN uuid SET DEFAULT gen_random_uuid();
