-- core_t_887: table 887 of the core module
CREATE TABLE core_t_887 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_887_name_idx ON core_t_887 (name);
