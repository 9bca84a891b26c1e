-- core_t_185: table 185 of the core module
CREATE TABLE core_t_185 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_185_name_idx ON core_t_185 (name);
