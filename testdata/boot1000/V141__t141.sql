-- core_t_141: table 141 of the core module
CREATE TABLE core_t_141 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_141_name_idx ON core_t_141 (name);
