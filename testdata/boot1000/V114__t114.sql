-- core_t_114: table 114 of the core module
CREATE TABLE core_t_114 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_114_name_idx ON core_t_114 (name);
INSERT INTO core_t_114 (name) VALUES ('first row of core_t_114'), ('second row');
