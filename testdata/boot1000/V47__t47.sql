-- core_t_47: table 47 of the core module
CREATE TABLE core_t_47 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_47_name_idx ON core_t_47 (name);
