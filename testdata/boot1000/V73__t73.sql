-- core_t_73: table 73 of the core module
CREATE TABLE core_t_73 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_73_name_idx ON core_t_73 (name);
