-- want index-concurrently 3:1
-- want index-concurrently 4:1
CREATE INDEX maplayer_name ON oskari_maplayer (name);
CREATE UNIQUE INDEX IF NOT EXISTS
    maplayer_url ON ONLY public.oskari_maplayer (url);
