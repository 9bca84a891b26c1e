-- core_t_373: table 373 of the core module
CREATE TABLE core_t_373 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_373_name_idx ON core_t_373 (name);
