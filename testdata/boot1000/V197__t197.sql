-- core_t_197: table 197 of the core module
CREATE TABLE core_t_197 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_197_name_idx ON core_t_197 (name);
