-- core_t_869: table 869 of the core module
CREATE TABLE core_t_869 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_869_name_idx ON core_t_869 (name);
