-- core_t_94: table 94 of the core module
CREATE TABLE core_t_94 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_94_name_idx ON core_t_94 (name);
INSERT INTO core_t_94 (name) VALUES ('first row of core_t_94'), ('second row');
