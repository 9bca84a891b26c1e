-- core_t_291: table 291 of the core module
CREATE TABLE core_t_291 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_291_name_idx ON core_t_291 (name);
