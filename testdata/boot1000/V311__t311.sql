-- core_t_311: table 311 of the core module
CREATE TABLE core_t_311 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_311_name_idx ON core_t_311 (name);
