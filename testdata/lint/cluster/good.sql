ANALYZE oskari_maplayer;
