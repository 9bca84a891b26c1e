-- core_t_730: table 730 of the core module
CREATE TABLE core_t_730 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_730_name_idx ON core_t_730 (name);
INSERT INTO core_t_730 (name) VALUES ('first row of core_t_730'), ('second row');
