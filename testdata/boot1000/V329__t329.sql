-- core_t_329: table 329 of the core module
CREATE TABLE core_t_329 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_329_name_idx ON core_t_329 (name);
