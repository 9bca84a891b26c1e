-- core_t_875: table 875 of the core module
CREATE TABLE core_t_875 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_875_name_idx ON core_t_875 (name);
