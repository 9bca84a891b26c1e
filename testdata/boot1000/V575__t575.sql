-- core_t_575: table 575 of the core module
CREATE TABLE core_t_575 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_575_name_idx ON core_t_575 (name);
