-- core_t_331: table 331 of the core module
CREATE TABLE core_t_331 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_331_name_idx ON core_t_331 (name);
