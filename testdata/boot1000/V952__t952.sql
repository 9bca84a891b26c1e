-- core_t_952: table 952 of the core module
CREATE TABLE core_t_952 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_952_name_idx ON core_t_952 (name);
INSERT INTO core_t_952 (name) VALUES ('first row of core_t_952'), ('second row');
