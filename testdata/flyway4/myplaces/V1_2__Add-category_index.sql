-- New in this release: Flyway never ran it.
CREATE INDEX my_places_category_idx ON my_places (category_id);
