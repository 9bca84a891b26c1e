-- core_t_65: table 65 of the core module
CREATE TABLE core_t_65 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_65_name_idx ON core_t_65 (name);
