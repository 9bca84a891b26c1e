-- core_t_301: table 301 of the core module
CREATE TABLE core_t_301 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_301_name_idx ON core_t_301 (name);
