-- core_t_487: table 487 of the core module
CREATE TABLE core_t_487 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_487_name_idx ON core_t_487 (name);
