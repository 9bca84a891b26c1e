-- core_t_257: table 257 of the core module
CREATE TABLE core_t_257 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_257_name_idx ON core_t_257 (name);
