CREATE OR REPLACE FUNCTION procedure_user_layer_update()
  RETURNS trigger AS
$BODY$
BEGIN
    NEW.updated := now();
    RETURN NEW;
END;
$BODY$
  LANGUAGE plpgsql VOLATILE;

CREATE TRIGGER trigger_user_layer_update BEFORE UPDATE ON user_layer
  FOR EACH ROW EXECUTE PROCEDURE procedure_user_layer_update();

CREATE TRIGGER trigger_user_layer_data_update BEFORE UPDATE ON user_layer_data
  FOR EACH ROW EXECUTE PROCEDURE procedure_user_layer_update();