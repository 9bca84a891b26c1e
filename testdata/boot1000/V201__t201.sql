-- core_t_201: table 201 of the core module
CREATE TABLE core_t_201 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_201_name_idx ON core_t_201 (name);
