-- core_t_933: table 933 of the core module
CREATE TABLE core_t_933 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_933_name_idx ON core_t_933 (name);
