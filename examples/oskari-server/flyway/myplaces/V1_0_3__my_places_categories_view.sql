-- Runs after the Go step 1.0.2 (steps.go), which fills the categories.
CREATE OR REPLACE VIEW my_places_categories AS
SELECT mp.id, mp.uuid, mp.category_id, mp.name, mp.place_desc, mp.geometry,
       c.category_name, c.publisher_name, mp.created, mp.updated
FROM my_places mp
JOIN categories c ON mp.category_id = c.id;
