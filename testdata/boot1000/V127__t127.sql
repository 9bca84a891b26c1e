-- core_t_127: table 127 of the core module
CREATE TABLE core_t_127 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_127_name_idx ON core_t_127 (name);
