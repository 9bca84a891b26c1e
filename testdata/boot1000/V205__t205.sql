-- core_t_205: table 205 of the core module
CREATE TABLE core_t_205 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_205_name_idx ON core_t_205 (name);
