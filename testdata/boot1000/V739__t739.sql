-- core_t_739: table 739 of the core module
CREATE TABLE core_t_739 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_739_name_idx ON core_t_739 (name);
