-- core_t_800: table 800 of the core module
CREATE TABLE core_t_800 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_800_name_idx ON core_t_800 (name);
INSERT INTO core_t_800 (name) VALUES ('first row of core_t_800'), ('second row');
