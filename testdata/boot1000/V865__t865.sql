-- core_t_865: table 865 of the core module
CREATE TABLE core_t_865 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_865_name_idx ON core_t_865 (name);
