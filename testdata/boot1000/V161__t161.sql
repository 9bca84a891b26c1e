-- core_t_161: table 161 of the core module
CREATE TABLE core_t_161 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_161_name_idx ON core_t_161 (name);
