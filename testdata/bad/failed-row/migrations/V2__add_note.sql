CREATE INDEX CONCURRENTLY places_name ON places (name);
