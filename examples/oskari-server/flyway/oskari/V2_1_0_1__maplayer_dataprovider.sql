CREATE TABLE oskari_dataprovider (
    id serial PRIMARY KEY,
    locale text
);

ALTER TABLE oskari_maplayer ADD COLUMN dataprovider_id integer REFERENCES oskari_dataprovider(id) ON DELETE CASCADE;

INSERT INTO oskari_dataprovider (locale) VALUES ('{"en":{"name":"Example provider"}}');

-- Fires trigger_oskari_maplayer_touch: every layer gets an updated time.
UPDATE oskari_maplayer SET dataprovider_id = (SELECT min(id) FROM oskari_dataprovider);
