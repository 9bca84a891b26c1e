ALTER TABLE oskari_users RENAME CONSTRAINT users_pkey TO oskari_users_pkey;
CREATE TABLE scratch (a int);
ALTER TABLE scratch RENAME a TO b;
