-- core_t_345: table 345 of the core module
CREATE TABLE core_t_345 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_345_name_idx ON core_t_345 (name);
