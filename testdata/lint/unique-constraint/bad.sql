-- want unique-constraint 3:26
-- want unique-constraint 4:26
ALTER TABLE oskari_users ADD CONSTRAINT email_key UNIQUE (email);
ALTER TABLE oskari_users ADD PRIMARY KEY (id);
-- want unique-constraint 6:47
ALTER TABLE oskari_users ADD COLUMN code text UNIQUE;
