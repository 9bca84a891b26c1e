-- core_t_320: table 320 of the core module
CREATE TABLE core_t_320 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_320_name_idx ON core_t_320 (name);
INSERT INTO core_t_320 (name) VALUES ('first row of core_t_320'), ('second row');
