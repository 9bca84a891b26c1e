-- core_t_871: table 871 of the core module
CREATE TABLE core_t_871 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_871_name_idx ON core_t_871 (name);
