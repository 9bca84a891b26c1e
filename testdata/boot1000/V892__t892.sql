-- core_t_892: table 892 of the core module
CREATE TABLE core_t_892 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_892_name_idx ON core_t_892 (name);
INSERT INTO core_t_892 (name) VALUES ('first row of core_t_892'), ('second row');
