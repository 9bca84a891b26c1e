-- core_t_410: table 410 of the core module
CREATE TABLE core_t_410 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_410_name_idx ON core_t_410 (name);
INSERT INTO core_t_410 (name) VALUES ('first row of core_t_410'), ('second row');
