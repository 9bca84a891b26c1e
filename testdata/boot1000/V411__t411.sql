-- core_t_411: table 411 of the core module
CREATE TABLE core_t_411 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_411_name_idx ON core_t_411 (name);
