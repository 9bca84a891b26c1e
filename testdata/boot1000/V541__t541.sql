-- core_t_541: table 541 of the core module
CREATE TABLE core_t_541 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_541_name_idx ON core_t_541 (name);
