-- core_t_29: table 29 of the core module
CREATE TABLE core_t_29 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_29_name_idx ON core_t_29 (name);
