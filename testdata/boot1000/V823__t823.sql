-- core_t_823: table 823 of the core module
CREATE TABLE core_t_823 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_823_name_idx ON core_t_823 (name);
