-- Oskari style: keep the modification time of map layers up to date.
CREATE TABLE IF NOT EXISTS oskari_maplayer (
    id serial PRIMARY KEY,
    name character varying(255) NOT NULL,
    updated timestamp with time zone
);

CREATE OR REPLACE FUNCTION procedure_oskari_maplayer_update() RETURNS trigger AS
$BODY$
BEGIN
    NEW.updated := current_timestamp; -- a ';' inside the body
    IF NEW.name = ';' THEN
        RAISE NOTICE 'semicolon name: %', NEW.name;
    END IF;
    RETURN NEW;
END;
$BODY$
LANGUAGE plpgsql VOLATILE;

CREATE TRIGGER trigger_oskari_maplayer_update
    BEFORE UPDATE ON oskari_maplayer
    FOR EACH ROW EXECUTE PROCEDURE procedure_oskari_maplayer_update();

CREATE FUNCTION count_layers(prefix text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  SELECT count(*) INTO n FROM oskari_maplayer WHERE name LIKE prefix || '%';
  RETURN n;
END $$;

CREATE FUNCTION nested_tags() RETURNS text LANGUAGE plpgsql AS $fn_1$
BEGIN
  RETURN $q$it's a $$ "quoted" ; text$q$;
END;
$fn_1$;

INSERT INTO oskari_maplayer (name) VALUES ('Taustakartta'), (';');
UPDATE oskari_maplayer SET name = name || ' (päivitetty)';
SELECT count_layers('T'), nested_tags();
