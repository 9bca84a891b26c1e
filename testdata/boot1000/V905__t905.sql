-- core_t_905: table 905 of the core module
CREATE TABLE core_t_905 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_905_name_idx ON core_t_905 (name);
