-- core_t_245: table 245 of the core module
CREATE TABLE core_t_245 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_245_name_idx ON core_t_245 (name);
