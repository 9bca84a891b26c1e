-- core_t_67: table 67 of the core module
CREATE TABLE core_t_67 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_67_name_idx ON core_t_67 (name);
