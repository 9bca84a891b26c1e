-- core_t_37: table 37 of the core module
CREATE TABLE core_t_37 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_37_name_idx ON core_t_37 (name);
