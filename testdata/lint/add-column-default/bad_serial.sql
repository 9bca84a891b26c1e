-- want add-column-default 3:39
-- want add-column-default 4:46
ALTER TABLE oskari_users ADD COLUMN n serial;
ALTER TABLE oskari_users ADD COLUMN m bigint GENERATED ALWAYS AS IDENTITY;
