-- core_t_61: table 61 of the core module
CREATE TABLE core_t_61 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_61_name_idx ON core_t_61 (name);
