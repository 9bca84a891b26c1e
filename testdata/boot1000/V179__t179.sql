-- core_t_179: table 179 of the core module
CREATE TABLE core_t_179 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_179_name_idx ON core_t_179 (name);
