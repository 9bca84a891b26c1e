-- core_t_943: table 943 of the core module
CREATE TABLE core_t_943 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_943_name_idx ON core_t_943 (name);
