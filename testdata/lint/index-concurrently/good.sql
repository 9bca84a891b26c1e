CREATE INDEX CONCURRENTLY maplayer_name ON oskari_maplayer (name);
