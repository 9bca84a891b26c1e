CREATE INDEX places_name ON places (name);
