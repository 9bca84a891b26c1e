-- core_t_447: table 447 of the core module
CREATE TABLE core_t_447 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_447_name_idx ON core_t_447 (name);
