-- core_t_791: table 791 of the core module
CREATE TABLE core_t_791 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_791_name_idx ON core_t_791 (name);
