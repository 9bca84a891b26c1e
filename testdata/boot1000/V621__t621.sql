-- core_t_621: table 621 of the core module
CREATE TABLE core_t_621 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_621_name_idx ON core_t_621 (name);
