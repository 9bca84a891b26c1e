-- core_t_969: table 969 of the core module
CREATE TABLE core_t_969 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_969_name_idx ON core_t_969 (name);
