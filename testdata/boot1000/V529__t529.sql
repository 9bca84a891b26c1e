-- core_t_529: table 529 of the core module
CREATE TABLE core_t_529 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_529_name_idx ON core_t_529 (name);
