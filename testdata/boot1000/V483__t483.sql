-- core_t_483: table 483 of the core module
CREATE TABLE core_t_483 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_483_name_idx ON core_t_483 (name);
