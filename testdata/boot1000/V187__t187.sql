-- core_t_187: table 187 of the core module
CREATE TABLE core_t_187 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_187_name_idx ON core_t_187 (name);
