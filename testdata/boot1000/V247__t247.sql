-- core_t_247: table 247 of the core module
CREATE TABLE core_t_247 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_247_name_idx ON core_t_247 (name);
