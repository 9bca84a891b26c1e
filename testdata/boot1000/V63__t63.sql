-- core_t_63: table 63 of the core module
CREATE TABLE core_t_63 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_63_name_idx ON core_t_63 (name);
