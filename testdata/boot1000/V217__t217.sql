-- core_t_217: table 217 of the core module
CREATE TABLE core_t_217 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_217_name_idx ON core_t_217 (name);
