-- core_t_80: table 80 of the core module
CREATE TABLE core_t_80 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_80_name_idx ON core_t_80 (name);
INSERT INTO core_t_80 (name) VALUES ('first row of core_t_80'), ('second row');
