-- core_t_48: table 48 of the core module
CREATE TABLE core_t_48 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_48_name_idx ON core_t_48 (name);
INSERT INTO core_t_48 (name) VALUES ('first row of core_t_48'), ('second row');
