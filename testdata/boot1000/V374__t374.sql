-- core_t_374: table 374 of the core module
CREATE TABLE core_t_374 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_374_name_idx ON core_t_374 (name);
INSERT INTO core_t_374 (name) VALUES ('first row of core_t_374'), ('second row');
