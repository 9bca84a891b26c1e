-- core_t_273: table 273 of the core module
CREATE TABLE core_t_273 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_273_name_idx ON core_t_273 (name);
