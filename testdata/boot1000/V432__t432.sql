-- core_t_432: table 432 of the core module
CREATE TABLE core_t_432 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_432_name_idx ON core_t_432 (name);
INSERT INTO core_t_432 (name) VALUES ('first row of core_t_432'), ('second row');
