-- core_t_370: table 370 of the core module
CREATE TABLE core_t_370 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_370_name_idx ON core_t_370 (name);
INSERT INTO core_t_370 (name) VALUES ('first row of core_t_370'), ('second row');
