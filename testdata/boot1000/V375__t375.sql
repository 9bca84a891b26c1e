-- core_t_375: table 375 of the core module
CREATE TABLE core_t_375 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_375_name_idx ON core_t_375 (name);
