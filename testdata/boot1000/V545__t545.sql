-- core_t_545: table 545 of the core module
CREATE TABLE core_t_545 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_545_name_idx ON core_t_545 (name);
