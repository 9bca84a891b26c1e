-- core_t_133: table 133 of the core module
CREATE TABLE core_t_133 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_133_name_idx ON core_t_133 (name);
