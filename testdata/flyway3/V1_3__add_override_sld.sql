-- Flyway 3 never saw this one: it is pending when Runway takes over.
ALTER TABLE analysis ADD COLUMN override_sld character varying(256);
