-- core_t_267: table 267 of the core module
CREATE TABLE core_t_267 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_267_name_idx ON core_t_267 (name);
