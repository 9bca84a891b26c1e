-- core_t_650: table 650 of the core module
CREATE TABLE core_t_650 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_650_name_idx ON core_t_650 (name);
INSERT INTO core_t_650 (name) VALUES ('first row of core_t_650'), ('second row');
