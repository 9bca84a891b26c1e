-- core_t_333: table 333 of the core module
CREATE TABLE core_t_333 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_333_name_idx ON core_t_333 (name);
