-- core_t_171: table 171 of the core module
CREATE TABLE core_t_171 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_171_name_idx ON core_t_171 (name);
