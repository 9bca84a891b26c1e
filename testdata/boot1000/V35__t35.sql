-- core_t_35: table 35 of the core module
CREATE TABLE core_t_35 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_35_name_idx ON core_t_35 (name);
