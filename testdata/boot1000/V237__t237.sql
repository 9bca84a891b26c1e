-- core_t_237: table 237 of the core module
CREATE TABLE core_t_237 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_237_name_idx ON core_t_237 (name);
