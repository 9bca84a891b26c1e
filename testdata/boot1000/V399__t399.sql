-- core_t_399: table 399 of the core module
CREATE TABLE core_t_399 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_399_name_idx ON core_t_399 (name);
