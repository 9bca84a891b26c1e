-- core_t_549: table 549 of the core module
CREATE TABLE core_t_549 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_549_name_idx ON core_t_549 (name);
