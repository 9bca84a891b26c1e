-- core_t_913: table 913 of the core module
CREATE TABLE core_t_913 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_913_name_idx ON core_t_913 (name);
