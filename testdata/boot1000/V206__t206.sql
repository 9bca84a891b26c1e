-- core_t_206: table 206 of the core module
CREATE TABLE core_t_206 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_206_name_idx ON core_t_206 (name);
INSERT INTO core_t_206 (name) VALUES ('first row of core_t_206'), ('second row');
