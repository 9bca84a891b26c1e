-- core_t_278: table 278 of the core module
CREATE TABLE core_t_278 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_278_name_idx ON core_t_278 (name);
INSERT INTO core_t_278 (name) VALUES ('first row of core_t_278'), ('second row');
