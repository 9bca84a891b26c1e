-- want concurrently-in-transaction 3:1
UPDATE oskari_maplayer SET name = trim(name);
DROP INDEX CONCURRENTLY maplayer_name;
