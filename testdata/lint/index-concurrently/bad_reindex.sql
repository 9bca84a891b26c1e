-- want index-concurrently 3:3
-- want index-concurrently 4:1
  REINDEX INDEX maplayer_name;
REINDEX (VERBOSE) TABLE oskari_maplayer;
