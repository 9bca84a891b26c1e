-- core_t_951: table 951 of the core module
CREATE TABLE core_t_951 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_951_name_idx ON core_t_951 (name);
