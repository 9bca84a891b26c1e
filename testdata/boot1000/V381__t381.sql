-- core_t_381: table 381 of the core module
CREATE TABLE core_t_381 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_381_name_idx ON core_t_381 (name);
