-- core_t_148: table 148 of the core module
CREATE TABLE core_t_148 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_148_name_idx ON core_t_148 (name);
INSERT INTO core_t_148 (name) VALUES ('first row of core_t_148'), ('second row');
