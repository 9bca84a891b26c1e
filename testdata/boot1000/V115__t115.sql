-- core_t_115: table 115 of the core module
CREATE TABLE core_t_115 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_115_name_idx ON core_t_115 (name);
