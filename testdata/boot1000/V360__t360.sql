-- core_t_360: table 360 of the core module
CREATE TABLE core_t_360 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_360_name_idx ON core_t_360 (name);
INSERT INTO core_t_360 (name) VALUES ('first row of core_t_360'), ('second row');
