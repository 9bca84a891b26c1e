-- want rename-table 2:26
ALTER TABLE oskari_users RENAME TO oskari_user;
