-- core_t_391: table 391 of the core module
CREATE TABLE core_t_391 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_391_name_idx ON core_t_391 (name);
