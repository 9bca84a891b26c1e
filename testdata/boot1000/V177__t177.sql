-- core_t_177: table 177 of the core module
CREATE TABLE core_t_177 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_177_name_idx ON core_t_177 (name);
