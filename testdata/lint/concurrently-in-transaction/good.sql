CREATE INDEX CONCURRENTLY maplayer_name ON oskari_maplayer (name);
CREATE INDEX CONCURRENTLY maplayer_url ON oskari_maplayer (url);
