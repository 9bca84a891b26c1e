-- core_t_137: table 137 of the core module
CREATE TABLE core_t_137 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_137_name_idx ON core_t_137 (name);
