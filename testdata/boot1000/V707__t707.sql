-- core_t_707: table 707 of the core module
CREATE TABLE core_t_707 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_707_name_idx ON core_t_707 (name);
