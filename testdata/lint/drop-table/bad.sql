-- want drop-table 2:22
DROP TABLE IF EXISTS oskari_legacy, public.oskari_old CASCADE;
