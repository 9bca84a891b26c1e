-- core_t_959: table 959 of the core module
CREATE TABLE core_t_959 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_959_name_idx ON core_t_959 (name);
