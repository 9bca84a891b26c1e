-- core_t_83: table 83 of the core module
CREATE TABLE core_t_83 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_83_name_idx ON core_t_83 (name);
