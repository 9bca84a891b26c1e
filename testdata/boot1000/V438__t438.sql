-- core_t_438: table 438 of the core module
CREATE TABLE core_t_438 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_438_name_idx ON core_t_438 (name);
INSERT INTO core_t_438 (name) VALUES ('first row of core_t_438'), ('second row');
