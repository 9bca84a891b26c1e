-- core_t_415: table 415 of the core module
CREATE TABLE core_t_415 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_415_name_idx ON core_t_415 (name);
