-- core_t_343: table 343 of the core module
CREATE TABLE core_t_343 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_343_name_idx ON core_t_343 (name);
