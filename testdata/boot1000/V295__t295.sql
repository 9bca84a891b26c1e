-- core_t_295: table 295 of the core module
CREATE TABLE core_t_295 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_295_name_idx ON core_t_295 (name);
