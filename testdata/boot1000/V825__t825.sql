-- core_t_825: table 825 of the core module
CREATE TABLE core_t_825 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_825_name_idx ON core_t_825 (name);
