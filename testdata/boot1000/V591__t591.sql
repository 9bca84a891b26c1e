-- core_t_591: table 591 of the core module
CREATE TABLE core_t_591 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_591_name_idx ON core_t_591 (name);
