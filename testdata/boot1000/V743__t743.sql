-- core_t_743: table 743 of the core module
CREATE TABLE core_t_743 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_743_name_idx ON core_t_743 (name);
