-- core_t_215: table 215 of the core module
CREATE TABLE core_t_215 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_215_name_idx ON core_t_215 (name);
