-- core_t_737: table 737 of the core module
CREATE TABLE core_t_737 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_737_name_idx ON core_t_737 (name);
