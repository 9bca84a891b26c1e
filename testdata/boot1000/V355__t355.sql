-- core_t_355: table 355 of the core module
CREATE TABLE core_t_355 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_355_name_idx ON core_t_355 (name);
