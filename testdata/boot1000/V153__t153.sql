-- core_t_153: table 153 of the core module
CREATE TABLE core_t_153 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_153_name_idx ON core_t_153 (name);
