-- core_t_52: table 52 of the core module
CREATE TABLE core_t_52 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_52_name_idx ON core_t_52 (name);
INSERT INTO core_t_52 (name) VALUES ('first row of core_t_52'), ('second row');
