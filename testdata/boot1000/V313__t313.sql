-- core_t_313: table 313 of the core module
CREATE TABLE core_t_313 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_313_name_idx ON core_t_313 (name);
