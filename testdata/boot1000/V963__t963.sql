-- core_t_963: table 963 of the core module
CREATE TABLE core_t_963 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_963_name_idx ON core_t_963 (name);
