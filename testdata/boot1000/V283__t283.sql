-- core_t_283: table 283 of the core module
CREATE TABLE core_t_283 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_283_name_idx ON core_t_283 (name);
