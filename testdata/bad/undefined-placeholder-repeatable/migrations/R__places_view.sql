CREATE OR REPLACE VIEW places_v AS
  SELECT * FROM ${schema_name}.places;
