-- core_t_633: table 633 of the core module
CREATE TABLE core_t_633 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_633_name_idx ON core_t_633 (name);
