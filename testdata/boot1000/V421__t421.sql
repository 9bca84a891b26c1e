-- core_t_421: table 421 of the core module
CREATE TABLE core_t_421 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_421_name_idx ON core_t_421 (name);
