-- core_t_397: table 397 of the core module
CREATE TABLE core_t_397 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_397_name_idx ON core_t_397 (name);
