-- core_t_300: table 300 of the core module
CREATE TABLE core_t_300 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_300_name_idx ON core_t_300 (name);
INSERT INTO core_t_300 (name) VALUES ('first row of core_t_300'), ('second row');
