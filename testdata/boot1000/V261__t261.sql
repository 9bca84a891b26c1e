-- core_t_261: table 261 of the core module
CREATE TABLE core_t_261 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_261_name_idx ON core_t_261 (name);
