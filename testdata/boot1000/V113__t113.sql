-- core_t_113: table 113 of the core module
CREATE TABLE core_t_113 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_113_name_idx ON core_t_113 (name);
