-- core_t_142: table 142 of the core module
CREATE TABLE core_t_142 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_142_name_idx ON core_t_142 (name);
INSERT INTO core_t_142 (name) VALUES ('first row of core_t_142'), ('second row');
