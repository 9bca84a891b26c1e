-- core_t_337: table 337 of the core module
CREATE TABLE core_t_337 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_337_name_idx ON core_t_337 (name);
