-- core_t_855: table 855 of the core module
CREATE TABLE core_t_855 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_855_name_idx ON core_t_855 (name);
