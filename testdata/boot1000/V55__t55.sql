-- core_t_55: table 55 of the core module
CREATE TABLE core_t_55 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_55_name_idx ON core_t_55 (name);
