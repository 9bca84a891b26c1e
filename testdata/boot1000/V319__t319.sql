-- core_t_319: table 319 of the core module
CREATE TABLE core_t_319 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_319_name_idx ON core_t_319 (name);
