-- core_t_359: table 359 of the core module
CREATE TABLE core_t_359 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_359_name_idx ON core_t_359 (name);
