-- want rename-column 2:26
ALTER TABLE oskari_users RENAME COLUMN user_name TO login;
-- want rename-column 4:32
ALTER TABLE IF EXISTS ONLY t_x RENAME "Old" TO "New";
