-- core_t_225: table 225 of the core module
CREATE TABLE core_t_225 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_225_name_idx ON core_t_225 (name);
