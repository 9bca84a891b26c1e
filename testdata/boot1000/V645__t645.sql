-- core_t_645: table 645 of the core module
CREATE TABLE core_t_645 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_645_name_idx ON core_t_645 (name);
