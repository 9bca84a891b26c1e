-- want constraint-not-valid 3:26
-- want constraint-not-valid 5:3
ALTER TABLE oskari_users ADD CONSTRAINT role_fkey FOREIGN KEY (role_id) REFERENCES oskari_roles (id);
ALTER TABLE oskari_users
  ADD CHECK (char_length(email) > 3);
