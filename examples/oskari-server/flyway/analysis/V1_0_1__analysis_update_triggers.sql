CREATE OR REPLACE FUNCTION procedure_analysis_update() RETURNS trigger AS $$
BEGIN
    NEW.updated := now();
    IF NEW.uuid IS NULL THEN
        NEW.uuid := OLD.uuid;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trigger_analysis_update BEFORE UPDATE ON analysis
  FOR EACH ROW EXECUTE PROCEDURE procedure_analysis_update();

CREATE TRIGGER trigger_analysis_data_update BEFORE UPDATE ON analysis_data
  FOR EACH ROW EXECUTE PROCEDURE procedure_analysis_update();
