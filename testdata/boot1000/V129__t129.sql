-- core_t_129: table 129 of the core module
CREATE TABLE core_t_129 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_129_name_idx ON core_t_129 (name);
