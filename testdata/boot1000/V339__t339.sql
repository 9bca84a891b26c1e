-- core_t_339: table 339 of the core module
CREATE TABLE core_t_339 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_339_name_idx ON core_t_339 (name);
