-- core_t_3: table 3 of the core module
CREATE TABLE core_t_3 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_3_name_idx ON core_t_3 (name);
