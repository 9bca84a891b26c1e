CREATE OR REPLACE FUNCTION oskari_maplayer_touch() RETURNS trigger AS $BODY$
BEGIN
  NEW.updated := now();
  RETURN NEW;
END;
$BODY$ LANGUAGE plpgsql;

CREATE TRIGGER oskari_maplayer_touch BEFORE INSERT OR UPDATE ON oskari_maplayer
  FOR EACH ROW EXECUTE PROCEDURE oskari_maplayer_touch();
