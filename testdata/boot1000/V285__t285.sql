-- core_t_285: table 285 of the core module
CREATE TABLE core_t_285 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_285_name_idx ON core_t_285 (name);
