-- core_t_997: table 997 of the core module
CREATE TABLE core_t_997 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_997_name_idx ON core_t_997 (name);
