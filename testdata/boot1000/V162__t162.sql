-- core_t_162: table 162 of the core module
CREATE TABLE core_t_162 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_162_name_idx ON core_t_162 (name);
INSERT INTO core_t_162 (name) VALUES ('first row of core_t_162'), ('second row');
