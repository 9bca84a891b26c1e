-- core_t_861: table 861 of the core module
CREATE TABLE core_t_861 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_861_name_idx ON core_t_861 (name);
