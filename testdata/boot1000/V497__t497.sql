-- core_t_497: table 497 of the core module
CREATE TABLE core_t_497 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_497_name_idx ON core_t_497 (name);
