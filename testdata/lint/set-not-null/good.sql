-- The check is validated by a later migration; SET NOT NULL then uses it.
ALTER TABLE oskari_users ADD CONSTRAINT email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE oskari_users ALTER COLUMN email DROP NOT NULL;
