-- core_t_101: table 101 of the core module
CREATE TABLE core_t_101 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_101_name_idx ON core_t_101 (name);
