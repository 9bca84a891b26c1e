-- core_t_700: table 700 of the core module
CREATE TABLE core_t_700 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_700_name_idx ON core_t_700 (name);
INSERT INTO core_t_700 (name) VALUES ('first row of core_t_700'), ('second row');
