-- core_t_601: table 601 of the core module
CREATE TABLE core_t_601 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_601_name_idx ON core_t_601 (name);
