-- want alter-column-type 2:26
ALTER TABLE oskari_users ALTER COLUMN id TYPE bigint;
-- want alter-column-type 4:26
ALTER TABLE oskari_users ALTER name SET DATA TYPE varchar(200) USING name::varchar(200);
