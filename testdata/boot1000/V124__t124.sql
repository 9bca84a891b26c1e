-- core_t_124: table 124 of the core module
CREATE TABLE core_t_124 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_124_name_idx ON core_t_124 (name);
INSERT INTO core_t_124 (name) VALUES ('first row of core_t_124'), ('second row');
