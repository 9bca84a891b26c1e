-- core_t_145: table 145 of the core module
CREATE TABLE core_t_145 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_145_name_idx ON core_t_145 (name);
