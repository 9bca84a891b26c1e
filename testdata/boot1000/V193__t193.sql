-- core_t_193: table 193 of the core module
CREATE TABLE core_t_193 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_193_name_idx ON core_t_193 (name);
