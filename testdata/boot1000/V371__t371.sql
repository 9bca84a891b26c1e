-- core_t_371: table 371 of the core module
CREATE TABLE core_t_371 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_371_name_idx ON core_t_371 (name);
