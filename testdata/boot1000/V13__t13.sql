-- core_t_13: table 13 of the core module
CREATE TABLE core_t_13 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_13_name_idx ON core_t_13 (name);
