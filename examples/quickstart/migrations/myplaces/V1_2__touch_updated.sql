-- Keep categories.updated current, as Oskari's myplaces triggers do.
CREATE OR REPLACE FUNCTION procedure_categories_update() RETURNS trigger AS $BODY$
BEGIN
    NEW.updated := now();
    RETURN NEW;
END;
$BODY$ LANGUAGE plpgsql;

CREATE TRIGGER trigger_categories_update
    BEFORE INSERT OR UPDATE ON categories
    FOR EACH ROW EXECUTE PROCEDURE procedure_categories_update();
