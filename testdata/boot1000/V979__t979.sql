-- core_t_979: table 979 of the core module
CREATE TABLE core_t_979 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_979_name_idx ON core_t_979 (name);
