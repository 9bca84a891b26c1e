-- core_t_668: table 668 of the core module
CREATE TABLE core_t_668 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_668_name_idx ON core_t_668 (name);
INSERT INTO core_t_668 (name) VALUES ('first row of core_t_668'), ('second row');
