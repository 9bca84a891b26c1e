-- core_t_689: table 689 of the core module
CREATE TABLE core_t_689 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_689_name_idx ON core_t_689 (name);
