-- core_t_119: table 119 of the core module
CREATE TABLE core_t_119 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_119_name_idx ON core_t_119 (name);
