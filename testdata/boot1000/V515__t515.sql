-- core_t_515: table 515 of the core module
CREATE TABLE core_t_515 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_515_name_idx ON core_t_515 (name);
