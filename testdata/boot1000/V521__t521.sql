-- core_t_521: table 521 of the core module
CREATE TABLE core_t_521 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_521_name_idx ON core_t_521 (name);
