-- core_t_817: table 817 of the core module
CREATE TABLE core_t_817 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_817_name_idx ON core_t_817 (name);
