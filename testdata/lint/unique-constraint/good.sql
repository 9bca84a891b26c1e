-- After CREATE UNIQUE INDEX CONCURRENTLY email_key_idx in an earlier script.
ALTER TABLE oskari_users ADD CONSTRAINT email_key UNIQUE USING INDEX email_key_idx;
ALTER TABLE oskari_users ADD PRIMARY KEY USING INDEX users_pkey_idx;
