-- core_t_461: table 461 of the core module
CREATE TABLE core_t_461 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_461_name_idx ON core_t_461 (name);
