-- core_t_7: table 7 of the core module
CREATE TABLE core_t_7 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_7_name_idx ON core_t_7 (name);
