-- core_t_691: table 691 of the core module
CREATE TABLE core_t_691 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_691_name_idx ON core_t_691 (name);
