-- want constraint-not-valid 3:69
-- want constraint-not-valid 4:56
ALTER TABLE oskari_maplayer ADD COLUMN dataprovider_id integer NULL REFERENCES oskari_dataprovider (id),
                            ADD COLUMN opacity integer CHECK (opacity BETWEEN 0 AND 100);
