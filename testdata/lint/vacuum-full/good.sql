VACUUM (ANALYZE) oskari_users;
VACUUM (FULL false) oskari_maplayer;
