-- core_t_24: table 24 of the core module
CREATE TABLE core_t_24 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_24_name_idx ON core_t_24 (name);
INSERT INTO core_t_24 (name) VALUES ('first row of core_t_24'), ('second row');
