-- core_t_589: table 589 of the core module
CREATE TABLE core_t_589 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_589_name_idx ON core_t_589 (name);
