-- core_t_395: table 395 of the core module
CREATE TABLE core_t_395 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_395_name_idx ON core_t_395 (name);
