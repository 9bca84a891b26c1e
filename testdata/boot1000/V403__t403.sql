-- core_t_403: table 403 of the core module
CREATE TABLE core_t_403 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_403_name_idx ON core_t_403 (name);
