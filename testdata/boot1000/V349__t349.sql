-- core_t_349: table 349 of the core module
CREATE TABLE core_t_349 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_349_name_idx ON core_t_349 (name);
