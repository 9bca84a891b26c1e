-- core_t_453: table 453 of the core module
CREATE TABLE core_t_453 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_453_name_idx ON core_t_453 (name);
