-- core_t_407: table 407 of the core module
CREATE TABLE core_t_407 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_407_name_idx ON core_t_407 (name);
