-- core_t_957: table 957 of the core module
CREATE TABLE core_t_957 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_957_name_idx ON core_t_957 (name);
