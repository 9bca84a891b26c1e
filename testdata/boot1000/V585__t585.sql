-- core_t_585: table 585 of the core module
CREATE TABLE core_t_585 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_585_name_idx ON core_t_585 (name);
