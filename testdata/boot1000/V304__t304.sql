-- core_t_304: table 304 of the core module
CREATE TABLE core_t_304 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_304_name_idx ON core_t_304 (name);
INSERT INTO core_t_304 (name) VALUES ('first row of core_t_304'), ('second row');
