-- core_t_89: table 89 of the core module
CREATE TABLE core_t_89 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_89_name_idx ON core_t_89 (name);
