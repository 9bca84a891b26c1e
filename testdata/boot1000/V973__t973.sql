-- core_t_973: table 973 of the core module
CREATE TABLE core_t_973 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_973_name_idx ON core_t_973 (name);
