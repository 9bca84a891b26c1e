-- core_t_971: table 971 of the core module
CREATE TABLE core_t_971 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_971_name_idx ON core_t_971 (name);
