-- core_t_368: table 368 of the core module
CREATE TABLE core_t_368 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_368_name_idx ON core_t_368 (name);
INSERT INTO core_t_368 (name) VALUES ('first row of core_t_368'), ('second row');
