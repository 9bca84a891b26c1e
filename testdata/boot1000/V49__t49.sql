-- core_t_49: table 49 of the core module
CREATE TABLE core_t_49 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_49_name_idx ON core_t_49 (name);
