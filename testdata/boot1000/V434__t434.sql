-- core_t_434: table 434 of the core module
CREATE TABLE core_t_434 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_434_name_idx ON core_t_434 (name);
INSERT INTO core_t_434 (name) VALUES ('first row of core_t_434'), ('second row');
