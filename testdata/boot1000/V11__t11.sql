-- core_t_11: table 11 of the core module
CREATE TABLE core_t_11 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_11_name_idx ON core_t_11 (name);
