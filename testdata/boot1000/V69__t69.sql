-- core_t_69: table 69 of the core module
CREATE TABLE core_t_69 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_69_name_idx ON core_t_69 (name);
