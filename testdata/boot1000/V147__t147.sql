-- core_t_147: table 147 of the core module
CREATE TABLE core_t_147 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_147_name_idx ON core_t_147 (name);
