-- core_t_627: table 627 of the core module
CREATE TABLE core_t_627 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_627_name_idx ON core_t_627 (name);
