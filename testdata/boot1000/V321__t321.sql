-- core_t_321: table 321 of the core module
CREATE TABLE core_t_321 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_321_name_idx ON core_t_321 (name);
