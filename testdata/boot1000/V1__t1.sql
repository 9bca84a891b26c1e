-- core_t_1: table 1 of the core module
CREATE TABLE core_t_1 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_1_name_idx ON core_t_1 (name);
