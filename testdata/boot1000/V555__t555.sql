-- core_t_555: table 555 of the core module
CREATE TABLE core_t_555 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_555_name_idx ON core_t_555 (name);
