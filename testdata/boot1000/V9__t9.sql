-- core_t_9: table 9 of the core module
CREATE TABLE core_t_9 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_9_name_idx ON core_t_9 (name);
