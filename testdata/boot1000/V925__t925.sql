-- core_t_925: table 925 of the core module
CREATE TABLE core_t_925 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_925_name_idx ON core_t_925 (name);
