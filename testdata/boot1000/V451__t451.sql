-- core_t_451: table 451 of the core module
CREATE TABLE core_t_451 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_451_name_idx ON core_t_451 (name);
