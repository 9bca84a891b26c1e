-- core_t_173: table 173 of the core module
CREATE TABLE core_t_173 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_173_name_idx ON core_t_173 (name);
