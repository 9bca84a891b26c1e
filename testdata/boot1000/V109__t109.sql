-- core_t_109: table 109 of the core module
CREATE TABLE core_t_109 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_109_name_idx ON core_t_109 (name);
