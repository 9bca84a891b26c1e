-- core_t_45: table 45 of the core module
CREATE TABLE core_t_45 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_45_name_idx ON core_t_45 (name);
