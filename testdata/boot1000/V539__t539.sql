-- core_t_539: table 539 of the core module
CREATE TABLE core_t_539 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_539_name_idx ON core_t_539 (name);
