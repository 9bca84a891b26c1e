-- core_t_125: table 125 of the core module
CREATE TABLE core_t_125 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_125_name_idx ON core_t_125 (name);
