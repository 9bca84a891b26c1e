-- core_t_983: table 983 of the core module
CREATE TABLE core_t_983 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_983_name_idx ON core_t_983 (name);
