-- core_t_365: table 365 of the core module
CREATE TABLE core_t_365 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_365_name_idx ON core_t_365 (name);
