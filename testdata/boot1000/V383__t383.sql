-- core_t_383: table 383 of the core module
CREATE TABLE core_t_383 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_383_name_idx ON core_t_383 (name);
