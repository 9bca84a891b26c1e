-- core_t_19: table 19 of the core module
CREATE TABLE core_t_19 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_19_name_idx ON core_t_19 (name);
