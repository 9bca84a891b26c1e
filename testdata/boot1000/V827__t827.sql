-- core_t_827: table 827 of the core module
CREATE TABLE core_t_827 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_827_name_idx ON core_t_827 (name);
