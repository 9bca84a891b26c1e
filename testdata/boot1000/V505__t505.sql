-- core_t_505: table 505 of the core module
CREATE TABLE core_t_505 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_505_name_idx ON core_t_505 (name);
