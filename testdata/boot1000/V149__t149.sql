-- core_t_149: table 149 of the core module
CREATE TABLE core_t_149 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_149_name_idx ON core_t_149 (name);
