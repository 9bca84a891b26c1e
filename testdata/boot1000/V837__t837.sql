-- core_t_837: table 837 of the core module
CREATE TABLE core_t_837 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_837_name_idx ON core_t_837 (name);
