-- core_t_635: table 635 of the core module
CREATE TABLE core_t_635 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_635_name_idx ON core_t_635 (name);
