-- core_t_657: table 657 of the core module
CREATE TABLE core_t_657 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_657_name_idx ON core_t_657 (name);
