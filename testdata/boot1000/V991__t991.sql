-- core_t_991: table 991 of the core module
CREATE TABLE core_t_991 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_991_name_idx ON core_t_991 (name);
