-- core_t_538: table 538 of the core module
CREATE TABLE core_t_538 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_538_name_idx ON core_t_538 (name);
INSERT INTO core_t_538 (name) VALUES ('first row of core_t_538'), ('second row');
