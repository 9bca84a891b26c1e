-- core_t_123: table 123 of the core module
CREATE TABLE core_t_123 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_123_name_idx ON core_t_123 (name);
