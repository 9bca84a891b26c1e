-- core_t_435: table 435 of the core module
CREATE TABLE core_t_435 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_435_name_idx ON core_t_435 (name);
