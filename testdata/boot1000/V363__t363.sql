-- core_t_363: table 363 of the core module
CREATE TABLE core_t_363 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_363_name_idx ON core_t_363 (name);
