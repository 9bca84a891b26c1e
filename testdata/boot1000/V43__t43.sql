-- core_t_43: table 43 of the core module
CREATE TABLE core_t_43 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_43_name_idx ON core_t_43 (name);
