-- core_t_23: table 23 of the core module
CREATE TABLE core_t_23 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_23_name_idx ON core_t_23 (name);
