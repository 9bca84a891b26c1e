-- Keeps oskari_maplayer.updated current. The names are not qualified: the
-- dump before this script emptied search_path, which Runway restores
-- between scripts.
CREATE OR REPLACE FUNCTION oskari_maplayer_touch()
  RETURNS trigger AS
$BODY$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        NEW.updated := now();
    END IF;
    RETURN NEW;
END;
$BODY$
  LANGUAGE plpgsql VOLATILE
  COST 100;

CREATE TRIGGER trigger_oskari_maplayer_touch
  BEFORE UPDATE
  ON oskari_maplayer
  FOR EACH ROW
  EXECUTE PROCEDURE oskari_maplayer_touch();