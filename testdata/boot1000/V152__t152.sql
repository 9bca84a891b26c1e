-- core_t_152: table 152 of the core module
CREATE TABLE core_t_152 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_152_name_idx ON core_t_152 (name);
INSERT INTO core_t_152 (name) VALUES ('first row of core_t_152'), ('second row');
