-- core_t_765: table 765 of the core module
CREATE TABLE core_t_765 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_765_name_idx ON core_t_765 (name);
