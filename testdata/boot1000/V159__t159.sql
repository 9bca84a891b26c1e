-- core_t_159: table 159 of the core module
CREATE TABLE core_t_159 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_159_name_idx ON core_t_159 (name);
