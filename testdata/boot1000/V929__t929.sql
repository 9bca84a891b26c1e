-- core_t_929: table 929 of the core module
CREATE TABLE core_t_929 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_929_name_idx ON core_t_929 (name);
