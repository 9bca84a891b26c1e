-- want concurrently-in-transaction 3:1
BEGIN;
CREATE INDEX CONCURRENTLY maplayer_name ON oskari_maplayer (name);
COMMIT;
