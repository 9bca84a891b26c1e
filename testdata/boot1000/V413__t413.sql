-- core_t_413: table 413 of the core module
CREATE TABLE core_t_413 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_413_name_idx ON core_t_413 (name);
