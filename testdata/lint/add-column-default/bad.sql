-- want add-column-default 4:26
-- want add-column-default 6:46
ALTER TABLE oskari_users
    ADD COLUMN uuid uuid DEFAULT gen_random_uuid(),
    ADD COLUMN created timestamptz DEFAULT now();
ALTER TABLE oskari_users ADD COLUMN seed int DEFAULT (random() * 100)::int;
