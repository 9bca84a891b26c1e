-- big table: no lock
CREATE INDEX CONCURRENTLY places_name ON places (name);
