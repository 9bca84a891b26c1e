-- want serial-primary-key 2:40
ALTER TABLE oskari_users ADD COLUMN id bigserial PRIMARY KEY;
