-- core_t_298: table 298 of the core module
CREATE TABLE core_t_298 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_298_name_idx ON core_t_298 (name);
INSERT INTO core_t_298 (name) VALUES ('first row of core_t_298'), ('second row');
