-- core_t_31: table 31 of the core module
CREATE TABLE core_t_31 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_31_name_idx ON core_t_31 (name);
