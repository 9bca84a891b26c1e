-- core_t_477: table 477 of the core module
CREATE TABLE core_t_477 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_477_name_idx ON core_t_477 (name);
