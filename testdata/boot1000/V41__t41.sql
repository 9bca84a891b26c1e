-- core_t_41: table 41 of the core module
CREATE TABLE core_t_41 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_41_name_idx ON core_t_41 (name);
