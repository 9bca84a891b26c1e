-- core_t_763: table 763 of the core module
CREATE TABLE core_t_763 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_763_name_idx ON core_t_763 (name);
