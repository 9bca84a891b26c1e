-- core_t_888: table 888 of the core module
CREATE TABLE core_t_888 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_888_name_idx ON core_t_888 (name);
INSERT INTO core_t_888 (name) VALUES ('first row of core_t_888'), ('second row');
