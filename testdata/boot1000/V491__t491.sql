-- core_t_491: table 491 of the core module
CREATE TABLE core_t_491 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_491_name_idx ON core_t_491 (name);
