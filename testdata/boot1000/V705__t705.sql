-- core_t_705: table 705 of the core module
CREATE TABLE core_t_705 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_705_name_idx ON core_t_705 (name);
