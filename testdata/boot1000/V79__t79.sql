-- core_t_79: table 79 of the core module
CREATE TABLE core_t_79 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_79_name_idx ON core_t_79 (name);
