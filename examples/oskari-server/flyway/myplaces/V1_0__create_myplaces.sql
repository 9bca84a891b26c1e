-- My places: the categories and places users draw on the map.
-- With PostGIS the geometry column would be geometry(Geometry, 3067); this
-- example keeps WKT in a text column so that it runs on plain PostgreSQL.
CREATE TABLE categories (
    id bigserial PRIMARY KEY,
    category_name character varying(256) NOT NULL,
    "default" boolean DEFAULT false,
    stroke_width integer DEFAULT 1,
    uuid character varying(64),
    created timestamp with time zone DEFAULT now() NOT NULL,
    updated timestamp with time zone
);

CREATE TABLE my_places (
    id bigserial PRIMARY KEY,
    uuid character varying(64) NOT NULL,
    category_id bigint REFERENCES categories(id) ON DELETE CASCADE,
    name character varying(256) NOT NULL,
    place_desc text,
    geometry text NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    updated timestamp with time zone
);

CREATE OR REPLACE FUNCTION procedure_my_places_update()
  RETURNS trigger AS
$BODY$
BEGIN
    NEW.updated := now();
    RETURN NEW;
END;
$BODY$
  LANGUAGE plpgsql VOLATILE;

CREATE TRIGGER trigger_my_places_update BEFORE UPDATE ON my_places
  FOR EACH ROW EXECUTE PROCEDURE procedure_my_places_update();

CREATE TRIGGER trigger_categories_update BEFORE UPDATE ON categories
  FOR EACH ROW EXECUTE PROCEDURE procedure_my_places_update();