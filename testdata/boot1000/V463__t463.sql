-- core_t_463: table 463 of the core module
CREATE TABLE core_t_463 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_463_name_idx ON core_t_463 (name);
