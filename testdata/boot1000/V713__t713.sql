-- core_t_713: table 713 of the core module
CREATE TABLE core_t_713 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_713_name_idx ON core_t_713 (name);
