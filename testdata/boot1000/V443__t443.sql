-- core_t_443: table 443 of the core module
CREATE TABLE core_t_443 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_443_name_idx ON core_t_443 (name);
