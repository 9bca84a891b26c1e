-- core_t_457: table 457 of the core module
CREATE TABLE core_t_457 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_457_name_idx ON core_t_457 (name);
