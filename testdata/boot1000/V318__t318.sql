-- core_t_318: table 318 of the core module
CREATE TABLE core_t_318 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_318_name_idx ON core_t_318 (name);
INSERT INTO core_t_318 (name) VALUES ('first row of core_t_318'), ('second row');
