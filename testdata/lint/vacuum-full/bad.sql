-- want vacuum-full 3:1
-- want vacuum-full 4:1
VACUUM FULL oskari_users;
VACUUM (FULL, ANALYZE) oskari_maplayer;
