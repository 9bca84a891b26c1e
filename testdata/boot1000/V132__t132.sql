-- core_t_132: table 132 of the core module
CREATE TABLE core_t_132 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_132_name_idx ON core_t_132 (name);
INSERT INTO core_t_132 (name) VALUES ('first row of core_t_132'), ('second row');
