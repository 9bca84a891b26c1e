-- core_t_895: table 895 of the core module
CREATE TABLE core_t_895 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_895_name_idx ON core_t_895 (name);
