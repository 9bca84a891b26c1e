-- core_t_15: table 15 of the core module
CREATE TABLE core_t_15 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_15_name_idx ON core_t_15 (name);
