-- core_t_97: table 97 of the core module
CREATE TABLE core_t_97 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_97_name_idx ON core_t_97 (name);
