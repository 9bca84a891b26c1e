-- core_t_183: table 183 of the core module
CREATE TABLE core_t_183 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_183_name_idx ON core_t_183 (name);
