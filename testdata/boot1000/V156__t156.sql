-- core_t_156: table 156 of the core module
CREATE TABLE core_t_156 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_156_name_idx ON core_t_156 (name);
INSERT INTO core_t_156 (name) VALUES ('first row of core_t_156'), ('second row');
