-- core_t_139: table 139 of the core module
CREATE TABLE core_t_139 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_139_name_idx ON core_t_139 (name);
