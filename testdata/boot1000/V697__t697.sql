-- core_t_697: table 697 of the core module
CREATE TABLE core_t_697 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_697_name_idx ON core_t_697 (name);
