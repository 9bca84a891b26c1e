-- core_t_883: table 883 of the core module
CREATE TABLE core_t_883 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_883_name_idx ON core_t_883 (name);
