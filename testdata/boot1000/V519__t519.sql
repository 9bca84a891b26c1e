-- core_t_519: table 519 of the core module
CREATE TABLE core_t_519 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_519_name_idx ON core_t_519 (name);
