-- core_t_91: table 91 of the core module
CREATE TABLE core_t_91 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_91_name_idx ON core_t_91 (name);
