-- the view of places
CREATE OR REPLACE VIEW places_v AS
  SELECT id, name FROM placez;
