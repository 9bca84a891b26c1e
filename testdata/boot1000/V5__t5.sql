-- core_t_5: table 5 of the core module
CREATE TABLE core_t_5 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_5_name_idx ON core_t_5 (name);
