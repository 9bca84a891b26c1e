-- core_t_561: table 561 of the core module
CREATE TABLE core_t_561 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_561_name_idx ON core_t_561 (name);
