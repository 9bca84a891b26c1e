-- core_t_325: table 325 of the core module
CREATE TABLE core_t_325 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_325_name_idx ON core_t_325 (name);
