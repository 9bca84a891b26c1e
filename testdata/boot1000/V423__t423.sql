-- core_t_423: table 423 of the core module
CREATE TABLE core_t_423 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_423_name_idx ON core_t_423 (name);
