-- core_t_377: table 377 of the core module
CREATE TABLE core_t_377 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_377_name_idx ON core_t_377 (name);
