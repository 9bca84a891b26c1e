-- want index-concurrently 2:1
DROP INDEX IF EXISTS maplayer_name;
