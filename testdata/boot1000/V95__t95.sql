-- core_t_95: table 95 of the core module
CREATE TABLE core_t_95 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_95_name_idx ON core_t_95 (name);
