-- core_t_327: table 327 of the core module
CREATE TABLE core_t_327 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_327_name_idx ON core_t_327 (name);
