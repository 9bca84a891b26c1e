-- core_t_25: table 25 of the core module
CREATE TABLE core_t_25 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_25_name_idx ON core_t_25 (name);
