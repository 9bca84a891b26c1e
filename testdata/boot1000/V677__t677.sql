-- core_t_677: table 677 of the core module
CREATE TABLE core_t_677 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_677_name_idx ON core_t_677 (name);
