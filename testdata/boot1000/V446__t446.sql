-- core_t_446: table 446 of the core module
CREATE TABLE core_t_446 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_446_name_idx ON core_t_446 (name);
INSERT INTO core_t_446 (name) VALUES ('first row of core_t_446'), ('second row');
