-- core_t_899: table 899 of the core module
CREATE TABLE core_t_899 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_899_name_idx ON core_t_899 (name);
