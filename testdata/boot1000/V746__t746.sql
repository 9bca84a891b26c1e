-- core_t_746: table 746 of the core module
CREATE TABLE core_t_746 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_746_name_idx ON core_t_746 (name);
INSERT INTO core_t_746 (name) VALUES ('first row of core_t_746'), ('second row');
