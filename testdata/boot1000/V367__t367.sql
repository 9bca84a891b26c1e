-- core_t_367: table 367 of the core module
CREATE TABLE core_t_367 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_367_name_idx ON core_t_367 (name);
