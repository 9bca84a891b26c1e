ALTER TABLE oskari_users ADD CONSTRAINT role_fkey FOREIGN KEY (role_id) REFERENCES oskari_roles (id) NOT VALID;
ALTER TABLE oskari_users ADD CONSTRAINT email_len CHECK (char_length(email) > 3) NOT VALID;
ALTER TABLE oskari_users VALIDATE CONSTRAINT other_fkey;
