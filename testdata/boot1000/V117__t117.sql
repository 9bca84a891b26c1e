-- core_t_117: table 117 of the core module
CREATE TABLE core_t_117 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_117_name_idx ON core_t_117 (name);
