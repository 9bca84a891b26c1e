-- core_t_17: table 17 of the core module
CREATE TABLE core_t_17 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_17_name_idx ON core_t_17 (name);
