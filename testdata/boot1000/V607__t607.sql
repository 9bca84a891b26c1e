-- core_t_607: table 607 of the core module
CREATE TABLE core_t_607 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_607_name_idx ON core_t_607 (name);
