-- core_t_858: table 858 of the core module
CREATE TABLE core_t_858 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_858_name_idx ON core_t_858 (name);
INSERT INTO core_t_858 (name) VALUES ('first row of core_t_858'), ('second row');
